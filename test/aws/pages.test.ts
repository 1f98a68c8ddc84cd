import { allItems, nextToken } from '../../src/aws/pages';

describe('allItems', () => {
  it('follows NextToken to the last page and keeps the order', async () => {
    const pages: Record<string, { Items: number[]; NextToken?: string }> = {
      first: { Items: [1, 2], NextToken: 'b' },
      b: { Items: [3], NextToken: 'c' },
      c: { Items: [4, 5] },
    };
    const asked: (string | undefined)[] = [];
    const items = await allItems(
      (token) => {
        asked.push(token);
        return Promise.resolve(pages[token ?? 'first']!);
      },
      (page) => page.Items,
    );
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops at an empty NextToken and reads a page without items as none', async () => {
    let calls = 0;
    const empty: { Items?: number[]; NextToken?: string } = { NextToken: '' };
    const items = await allItems(
      () => {
        calls++;
        return Promise.resolve(empty);
      },
      (page) => page.Items,
    );
    expect(items).toEqual([]);
    expect(calls).toBe(1);
  });
});

describe('nextToken', () => {
  it('is empty for no token, so the request carries no NextToken key', () => {
    expect(nextToken(undefined)).toEqual({});
    expect(nextToken('')).toEqual({});
    expect(nextToken('t')).toEqual({ NextToken: 't' });
  });
});
