// Every item of a NextToken-paged AWS call, in order. The SDK's paginators accept only a
// concrete client class, while the engine passes any object with the client's `send` (tests
// give it recorded answers), so the loop is written once, here.
export async function allItems<Page extends { NextToken?: string | undefined }, Item>(
  fetchPage: (token: string | undefined) => Promise<Page>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
): Promise<Item[]> {
  const all: Item[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    all.push(...(itemsOf(page) ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}

/** `NextToken` for a request, only when there is one (CloudFormation rejects an empty one). */
export function nextToken(token: string | undefined): { NextToken?: string } {
  return token ? { NextToken: token } : {};
}
