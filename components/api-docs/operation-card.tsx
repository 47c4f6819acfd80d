// One endpoint: method, path, summary and permission; expands to parameters, body and responses.
import type { Operation, Parameter } from "@/lib/openapi/types";
import { cn } from "@/components/ui/cn";
import { describeSchema, type Components } from "./describe-schema";
import { SchemaView, ShapeDetails, TypeLabel } from "./schema-view";
import { apiDocsText } from "./text";

const METHOD_COLORS: Record<string, string> = {
  get: "bg-sky-100 text-sky-800",
  post: "bg-emerald-100 text-emerald-800",
  put: "bg-amber-100 text-amber-800",
  patch: "bg-amber-100 text-amber-800",
  delete: "bg-rose-100 text-rose-800",
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className={cn("inline-block w-16 rounded px-1.5 py-0.5 text-center font-mono text-xs font-semibold uppercase", METHOD_COLORS[method] ?? "bg-slate-100 text-slate-700")}>
      {method}
    </span>
  );
}

function Heading({ children }: { children: string }) {
  return <h4 className="mb-1 mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500">{children}</h4>;
}

function ParametersTable({ parameters, components }: { parameters: Parameter[]; components: Components }) {
  const T = apiDocsText();
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs text-slate-500">
        <tr>
          <th className="py-1 pr-3 font-medium">{T.name}</th>
          <th className="py-1 pr-3 font-medium">{T.location}</th>
          <th className="py-1 pr-3 font-medium">{T.type}</th>
          <th className="py-1 font-medium">{T.description}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 align-top">
        {parameters.map((p) => {
          const shape = describeSchema({ ...p.schema, description: p.description }, components);
          return (
            <tr key={`${p.in}:${p.name}`}>
              <td className="py-2 pr-3">
                <code className="font-mono font-medium text-slate-900">{p.name}</code>
                <div className={p.required ? "text-xs text-rose-600" : "text-xs text-slate-400"}>{p.required ? T.required : T.optional}</div>
              </td>
              <td className="py-2 pr-3 text-xs text-slate-500">{p.in}</td>
              <td className="py-2 pr-3"><TypeLabel shape={shape} /></td>
              <td className="py-2"><ShapeDetails shape={shape} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function OperationCard({ path, method, operation, components }: { path: string; method: string; operation: Operation; components: Components }) {
  const T = apiDocsText();
  const responses = Object.entries(operation.responses);
  const successes = responses.filter(([status]) => Number(status) < 400);
  const errors = responses.filter(([status]) => Number(status) >= 400);
  const body = operation.requestBody?.content["application/json"]?.schema;
  return (
    <details id={operation.operationId} className="group rounded-lg border border-slate-200 bg-white open:shadow-sm">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 hover:bg-slate-50">
        <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-90">▸</span>
        <MethodBadge method={method} />
        <code className="font-mono text-sm font-medium text-slate-900">/api/v1{path}</code>
        <span className="text-sm text-slate-600">{operation.summary}</span>
        <span className="ml-auto rounded-full bg-slate-100 px-2 py-0.5 font-mono text-xs text-slate-600">{operation["x-permission"]}</span>
      </summary>
      <div className="border-t border-slate-100 px-4 pb-4 pt-2">
        <p className="text-sm text-slate-700">{operation.description}</p>
        {operation.parameters && (
          <>
            <Heading>{T.parameters}</Heading>
            <ParametersTable parameters={operation.parameters} components={components} />
          </>
        )}
        {body && (
          <>
            <Heading>{T.requestBody}</Heading>
            <SchemaView schema={body} components={components} />
          </>
        )}
        <Heading>{T.responses}</Heading>
        {successes.map(([status, response]) => {
          const schema = response.content?.["application/json"]?.schema;
          return (
            <div key={status}>
              <p className="text-sm"><span className="font-mono font-semibold text-emerald-700">{status}</span> <span className="text-slate-600">{schema ? response.description : T.noContent}</span></p>
              {schema && <div className="mt-1"><SchemaView schema={schema} components={components} /></div>}
            </div>
          );
        })}
        {errors.length > 0 && (
          <>
            <Heading>{T.errorResponses}</Heading>
            <ul className="space-y-0.5 text-sm">
              {errors.map(([status, response]) => (
                <li key={status}><span className="font-mono font-semibold text-rose-700">{status}</span> <span className="text-slate-600">{response.description}</span></li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
