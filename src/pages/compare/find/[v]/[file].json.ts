// The typeahead's place index as prefix files (src/lib/site/compare-find.ts): the island loads the
// root, the nodes on the query's path and one pack. The folder is the index version (content-named:
// a new build with other places writes a new folder, and a page only asks for its own version).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareData } from '../../../../components/compare/compare-data.ts';
import { renderedPaths } from '../../../../lib/site/render-shard.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { version, files } = (await loadCompareData()).find();
  return renderedPaths([...files.keys()], (f) => f).map((file) => ({ params: { v: version, file } }));
};

export const GET: APIRoute = async ({ params }) => {
  const file = (await loadCompareData()).find().files.get(params.file!);
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
