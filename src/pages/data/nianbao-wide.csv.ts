import type { APIRoute } from 'astro';
import { wideCsv } from '../../data/downloads.ts';

export const GET: APIRoute = async () => new Response(await wideCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
