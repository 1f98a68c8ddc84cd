// Rebuilds src/review/cost/prices/<region>.json from the AWS Price List bulk offer files.
// Needs network (no credentials: the offer files are public). Offline, point --offers-dir at a
// directory laid out like the URLs (<dir>/<offer>/current/<region>/index.json).
//
//   npx ts-node --transpile-only scripts/refresh-prices.ts [--region us-east-1] [--offers-dir DIR]
//
// Offer files are large (DynamoDB's and S3's are tens of MB); each is read once and dropped.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { OFFER_CODES, buildPriceBook, offerUrl, type OfferFile } from '../src/review/cost/offers';
import { bundledPrices } from '../src/review/cost/prices';

async function loadOffer(
  code: string,
  region: string,
  offersDir: string | undefined,
): Promise<OfferFile | undefined> {
  try {
    if (offersDir) {
      return JSON.parse(
        await readFile(join(offersDir, code, 'current', region, 'index.json'), 'utf8'),
      ) as OfferFile;
    }
    const response = await fetch(offerUrl(code, region));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as OfferFile;
  } catch (error) {
    process.stderr.write(
      `warning: ${code} for ${region}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return undefined;
  }
}

export async function refreshPrices(options: {
  region: string;
  offersDir?: string;
  outDir: string;
  date: string;
}): Promise<{ file: string; missing: string[] }> {
  const offers: OfferFile[] = [];
  for (const code of OFFER_CODES) {
    const offer = await loadOffer(code, options.region, options.offersDir);
    if (offer) offers.push(offer);
  }
  // Start from the bundled book: keys no offer provides keep their last known price.
  const { book: previous } = bundledPrices(options.region);
  const { book, missing } = buildPriceBook(offers, options.region, previous, options.date);
  const file = join(options.outDir, `${options.region}.json`);
  const note =
    'AWS list prices without free tier. Rebuild with: npx ts-node --transpile-only scripts/refresh-prices.ts';
  await writeFile(file, JSON.stringify({ ...book, note }, null, 2) + '\n');
  return { file, missing };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      region: { type: 'string', default: 'us-east-1' },
      'offers-dir': { type: 'string' },
      out: { type: 'string' },
    },
  });
  refreshPrices({
    region: values.region,
    ...(values['offers-dir'] !== undefined && { offersDir: values['offers-dir'] }),
    outDir: values.out ?? join(__dirname, '..', 'src', 'review', 'cost', 'prices'),
    date: new Date().toISOString().slice(0, 10),
  }).then(
    ({ file, missing }) => {
      process.stdout.write(`wrote ${file}\n`);
      if (missing.length > 0)
        process.stdout.write(`kept the previous price for: ${missing.join(', ')}\n`);
    },
    (error: unknown) => {
      process.stderr.write(
        `refresh-prices: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
