import type { APIRoute } from 'astro';
import { longCsv } from '../../data/downloads.ts';

export const GET: APIRoute = async () => new Response(await longCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
