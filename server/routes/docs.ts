// The contract as JSON (/v1/openapi.json) and as a readable reference page (/docs),
// rendered here from the same document so it works offline, without a CDN.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { openapiDocument, resolveRef, type OpenApiParameter } from '../contract.ts';

type Json = Record<string, any>;

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A little Markdown for descriptions: `code`, **bold** and paragraphs/list items. */
const prose = (text: unknown) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .split(/\n\s*\n/)
    .map((block) =>
      /^\s*- /.test(block)
        ? `<ul>${block.split(/\n\s*- /).map((li) => `<li>${li.replace(/^\s*- /, '')}</li>`).join('')}</ul>`
        : `<p>${block}</p>`,
    )
    .join('');

function schemaSummary(schema: Json | undefined): string {
  if (!schema) return '';
  if (schema.$ref) {
    const name = String(schema.$ref).split('/').pop();
    return `<a href="#schema-${escape(name)}">${escape(name)}</a>`;
  }
  if (schema.type === 'array') return `${schemaSummary(schema.items)}[]`;
  if (schema.allOf) return schema.allOf.map(schemaSummary).join(' + ');
  if (schema.enum) return schema.enum.map((v: unknown) => `<code>${escape(v)}</code>`).join(' | ');
  const limits = [
    schema.format && `format ${schema.format}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
    schema.maxLength !== undefined && `≤ ${schema.maxLength} chars`,
    schema.default !== undefined && `default ${schema.default}`,
  ].filter(Boolean);
  return `${escape(schema.type ?? 'object')}${limits.length ? ` <small>(${escape(limits.join(', '))})</small>` : ''}`;
}

function renderOperation(path: string, method: string, op: Json): string {
  const params = ((op.parameters ?? []) as unknown[]).map((p) => resolveRef(p) as OpenApiParameter & { description?: string });
  const rows = params
    .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? ' *' : ''}</td><td>${p.in}</td><td>${schemaSummary(p.schema)}</td><td>${prose(p.description)}</td></tr>`)
    .join('');
  const responses = Object.entries(op.responses as Json)
    .map(([status, r]) => {
      const response = resolveRef(r) as Json;
      const content = Object.entries((response.content ?? {}) as Json)
        .map(([type, c]) => `<code>${escape(type)}</code> ${schemaSummary((c as Json).schema)}`)
        .join(', ');
      return `<li><strong>${escape(status)}</strong> ${prose(response.description).replace(/^<p>|<\/p>$/g, '')} ${content}</li>`;
    })
    .join('');
  return `<section class="op" id="${escape(op.operationId)}">
  <h3><span class="method">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>
  <p><strong>${escape(op.summary)}</strong></p>${op.description ? prose(op.description) : ''}
  ${rows ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
  <ul>${responses}</ul></section>`;
}

function renderSchema(name: string, schema: Json): string {
  const parts = (schema.allOf ?? [schema]) as Json[];
  const rows = parts
    .flatMap((part) =>
      part.$ref
        ? [`<tr><td colspan="3">All fields of ${schemaSummary(part)}</td></tr>`]
        : Object.entries((part.properties ?? {}) as Json).map(
            ([field, s]) =>
              `<tr><td><code>${escape(field)}</code>${(part.required ?? []).includes(field) ? ' *' : ''}</td><td>${schemaSummary(s)}</td><td>${prose(s.description)}</td></tr>`,
          ),
    )
    .join('');
  return `<section id="schema-${escape(name)}"><h3>${escape(name)}</h3>${schema.description ? prose(schema.description) : ''}
  ${rows ? `<table><thead><tr><th>Field</th><th>Type</th><th>Description</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${schemaSummary(schema)}</p>`}</section>`;
}

const STYLE = `
body{font:1.0625rem/1.6 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
code{background:#f1f1f1;padding:0 .25em;border-radius:3px}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}td p{margin:0}
.op{border-top:2px solid #ddd;padding-top:.5rem;margin-top:1.5rem}.method{background:#0b5394;color:#fff;padding:.1em .5em;border-radius:4px;font-size:.9em}
nav li{margin:.2rem 0}a{color:#0b5394}
`;

/** The page runs no script and loads nothing: it may only use its own inline style, by hash. */
const CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

function renderDocs(): string {
  const info = openapiDocument.info as Json;
  const operations = Object.entries(openapiDocument.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, op]) => ({ path, method, op: op as Json })),
  );
  const schemas = Object.entries(((openapiDocument.components as Json).schemas ?? {}) as Json);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(info.title)} ${escape(info.version)}</title>
<style>${STYLE}</style></head><body>
<h1>${escape(info.title)} <small>${escape(info.version)}</small></h1>
<p>${escape(info.summary)}</p>${prose(info.description)}
<p>The machine-readable contract: <a href="/v1/openapi.json"><code>/v1/openapi.json</code></a> (OpenAPI 3.1).</p>
<nav><h2>Endpoints</h2><ul>${operations.map(({ path, method, op }) => `<li><a href="#${escape(op.operationId)}">${method.toUpperCase()} ${escape(path)}</a> — ${escape(op.summary)}</li>`).join('')}</ul></nav>
<h2>Endpoints</h2>${operations.map(({ path, method, op }) => renderOperation(path, method, op)).join('')}
<h2>Schemas</h2>${schemas.map(([name, s]) => renderSchema(name, s as Json)).join('')}
</body></html>`;
}

export function docsRoutes() {
  const json = JSON.stringify(openapiDocument);
  const html = renderDocs();
  return new Hono()
    .get('/v1/openapi.json', (c) => c.body(json, 200, { 'content-type': 'application/json; charset=utf-8' }))
    .get('/docs', (c) => c.html(html, 200, { 'Content-Security-Policy': CSP }));
}
