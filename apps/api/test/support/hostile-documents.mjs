// GraphQL documents built to be slow to check, parse, validate or execute:
// fragment bombs, fragment cycles, and documents of up to the body limit
// written to cost as much as they can. The integration test asserts that the
// API refuses each with a typed error; `npm run bench:limits` times them.

const fragmentChain = (levels, fanout, leaf = '__typename') => {
  const fragments = [];
  for (let i = 0; i < levels; i += 1) fragments.push(`fragment F${i} on Query { ${Array.from({ length: fanout }, () => `...F${i + 1}`).join(' ')} }`);
  fragments.push(`fragment F${levels} on Query { ${leaf} }`);
  return `query Bomb { ...F0 } ${fragments.join(' ')}`;
};

/** `[label, document, expected codes]`: every one must be refused with one of the codes. */
export function hostileDocuments() {
  const docs = [];
  for (const exponent of [10, 15, 20, 25, 30, 35, 40]) docs.push([`fragment bomb 2^${exponent} (fan-out 2)`, fragmentChain(exponent, 2), ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE']]);
  for (const levels of [5, 10, 15, 20]) docs.push([`fragment bomb 4^${levels} (fan-out 4)`, fragmentChain(levels, 4), ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE']]);
  docs.push([
    'fragment bomb with a comment (new text, same cost)',
    `# ${Math.random()}\n${fragmentChain(30, 2)}`,
    ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE'],
  ]);
  docs.push([
    'fragment bomb through nested fields',
    `query { ...G0 } ${Array.from({ length: 11 }, (_, i) => `fragment G${i} on Query { me { agendas { code } } ...G${i + 1} ...G${i + 1} }`).join(' ')} fragment G11 on Query { __typename }`,
    ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE'],
  ]);
  docs.push(['fragment that spreads itself', 'query { ...A } fragment A on Query { __typename ...A }', ['GRAPHQL_VALIDATION_FAILED']]);
  docs.push(['fragment cycle of three', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { me { id } ...A }', ['GRAPHQL_VALIDATION_FAILED']]);
  docs.push(['fragment cycle of 40', `query { ...C0 } ${Array.from({ length: 40 }, (_, i) => `fragment C${i} on Query { ...C${(i + 1) % 40} }`).join(' ')}`, ['GRAPHQL_VALIDATION_FAILED']]);
  docs.push(['6,000 identical fields', `{ ${'__typename '.repeat(6000)} }`, ['QUERY_TOO_LARGE']]);
  docs.push(['1,500 identical nested fields', `{ me { ${'id '.repeat(1600)} } }`, ['QUERY_TOO_LARGE']]);
  docs.push(['1,000 aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, ['QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_LARGE']]);
  docs.push(['3,000 directives', `{ __typename ${'@include(if: true) '.repeat(3000)} }`, ['QUERY_TOO_LARGE']]);
  docs.push(['2,000 variables', `query(${Array.from({ length: 2000 }, (_, i) => `$v${i}: Int`).join(' ')}) { __typename }`, ['QUERY_TOO_LARGE']]);
  docs.push(['500 operations', Array.from({ length: 500 }, (_, i) => `query Q${i} { __typename }`).join(' '), ['QUERY_TOO_LARGE']]);
  docs.push(['3,000 nested inline fragments', `{ ${'... on Query { '.repeat(3000)}__typename${' }'.repeat(3000)} }`, ['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE']]);
  docs.push(['10,000 nested list values', `{ bottlenecks(filter: { statuses: ${'['.repeat(10000)}DRAFT${']'.repeat(10000)} }) { totalCount } }`, ['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE']]);
  docs.push(['5,000 nested objects in an argument', `{ bottlenecks(filter: ${'{ filter: '.repeat(5000)}1${' }'.repeat(5000)}) { totalCount } }`, ['QUERY_TOO_DEEP', 'QUERY_TOO_LARGE']]);
  docs.push(['a document of 1 MB of tokens', `{ ${'__typename '.repeat(90_000)} }`, ['QUERY_TOO_LARGE']]);
  docs.push(['deep selections within the cost limit', `{ ${'me { organisation { '.repeat(20)}code${' } }'.repeat(20)} }`, ['QUERY_TOO_DEEP']]);
  docs.push([
    'wide and deep (cost multiplies)',
    `{ bottlenecks(first: 100) { edges { node { actions { bottlenecks { actions { bottlenecks { actions { id } } } } } } } } }`,
    ['QUERY_TOO_COMPLEX', 'QUERY_TOO_LARGE'],
  ]);
  return docs;
}
