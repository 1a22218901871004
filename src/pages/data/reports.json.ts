import type { APIRoute } from 'astro';
import { reportsJson } from '../../data/downloads.ts';

export const GET: APIRoute = async () => new Response(await reportsJson(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
