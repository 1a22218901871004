import type { APIRoute } from 'astro';
import { readme } from '../../data/downloads.ts';

export const GET: APIRoute = async () => new Response('\uFEFF' + (await readme()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
