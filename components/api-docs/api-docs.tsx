// The human-readable API reference: authentication, the error shape, then endpoints by tag.
// A server component over the generated document; no client JS, no external assets.
import type { ReactNode } from "react";
import type { HttpMethod, OpenApiDocument, Operation } from "@/lib/openapi/types";
import { OperationCard } from "./operation-card";
import { SchemaView } from "./schema-view";
import { apiDocsText } from "./text";

const OPENAPI_URL = "/api/v1/openapi.json";

type Entry = { path: string; method: HttpMethod; operation: Operation };

function byTag(document: OpenApiDocument): Array<[string, Entry[]]> {
  const groups = new Map<string, Entry[]>(document.tags.map((t) => [t.name, []]));
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as Array<[HttpMethod, Operation]>) {
      const tag = operation.tags[0] ?? "default";
      groups.set(tag, [...(groups.get(tag) ?? []), { path, method, operation }]);
    }
  }
  return [...groups].filter(([, entries]) => entries.length > 0);
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 text-sm font-semibold text-slate-800">{title}</h2>
      <div className="space-y-2 text-sm text-slate-700">{children}</div>
    </section>
  );
}

export function ApiDocs({ document }: { document: OpenApiDocument }) {
  const T = apiDocsText();
  const groups = byTag(document);
  const components = document.components.schemas;
  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{T.title}</h1>
          <p className="mt-1 text-sm text-slate-500">{T.intro}</p>
        </div>
        <a href={OPENAPI_URL} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-slate-50">
          {T.openapiLink}
        </a>
      </header>

      <div className="grid gap-4 md:grid-cols-2">
        <Section title={T.authTitle}>
          <p>{T.authTokenLead}</p>
          <pre className="overflow-x-auto rounded bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100 dark:bg-black/40 dark:text-slate-800">Authorization: Bearer jct_…</pre>
          <p>{T.authTokenNote}</p>
          <p>{T.authCookie}</p>
          <p>{T.authPermissions}</p>
        </Section>
        <Section title={T.errorsTitle}>
          <p>{T.errorsIntro}</p>
          <SchemaView schema={{ $ref: "#/components/schemas/Problem" }} components={components} />
        </Section>
      </div>

      <nav aria-label={T.contents} className="flex flex-wrap gap-2">
        {groups.map(([tag, entries]) => (
          <a key={tag} href={`#tag-${tag}`} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-700 hover:bg-indigo-50 hover:text-indigo-700">
            {tag} <span className="text-slate-400">{entries.length}</span>
          </a>
        ))}
      </nav>

      {groups.map(([tag, entries]) => (
        <section key={tag} id={`tag-${tag}`} className="space-y-2">
          <h2 className="text-lg font-semibold capitalize text-slate-900">{tag}</h2>
          {entries.map(({ path, method, operation }) => (
            <OperationCard key={`${method} ${path}`} path={path} method={method} operation={operation} components={components} />
          ))}
        </section>
      ))}
    </div>
  );
}
