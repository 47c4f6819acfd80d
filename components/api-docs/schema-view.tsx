// A schema as a nested list of fields: name, type, required, allowed values, limits, description.
import type { JsonSchema } from "@/lib/openapi/types";
import { describeSchema, type Components, type Field, type Shape } from "./describe-schema";
import { apiDocsText } from "./text";

export function TypeLabel({ shape }: { shape: Shape }) {
  return (
    <span className="font-mono text-xs text-indigo-700">
      {shape.type}
      {shape.nullable && <span className="text-slate-400"> | null</span>}
    </span>
  );
}

/** Allowed values, limits and the description of one field or parameter. */
export function ShapeDetails({ shape }: { shape: Shape }) {
  const T = apiDocsText();
  return (
    <>
      {shape.description && <p className="text-sm text-slate-600">{shape.description}</p>}
      {shape.enumValues && (
        <p className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-slate-500">
          {T.values}:
          {shape.enumValues.map((v) => (
            <code key={v} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-700">{v}</code>
          ))}
        </p>
      )}
      {shape.notes.length > 0 && <p className="mt-0.5 text-xs text-slate-400">{shape.notes.join(" · ")}</p>}
    </>
  );
}

function FieldList({ fields }: { fields: Field[] }) {
  const T = apiDocsText();
  return (
    <ul className="divide-y divide-slate-100">
      {fields.map(({ name, required, shape }) => (
        <li key={name} className="py-2">
          <div className="flex flex-wrap items-baseline gap-x-2">
            <code className="font-mono text-sm font-medium text-slate-900">{name}</code>
            <TypeLabel shape={shape} />
            <span className={required ? "text-xs font-medium text-rose-600" : "text-xs text-slate-400"}>
              {required ? T.required : T.optional}
            </span>
          </div>
          <ShapeDetails shape={shape} />
          <Nested shape={shape} />
        </li>
      ))}
    </ul>
  );
}

/** The fields inside an object (or an array of objects), and the alternatives of a union. */
function Nested({ shape }: { shape: Shape }) {
  const T = apiDocsText();
  if (shape.fields.length === 0 && shape.variants.length === 0) return null;
  return (
    <div className="mt-2 border-l-2 border-slate-200 pl-3">
      {shape.fields.length > 0 && <FieldList fields={shape.fields} />}
      {shape.variants.length > 0 && (
        <div className="space-y-2">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{T.oneOf}</p>
          {shape.variants.map((variant, i) => (
            <div key={i}>
              <TypeLabel shape={variant} />
              <ShapeDetails shape={variant} />
              <Nested shape={variant} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

export function SchemaView({ schema, components }: { schema: JsonSchema; components: Components }) {
  const shape = describeSchema(schema, components);
  return (
    <div>
      <TypeLabel shape={shape} />
      <ShapeDetails shape={shape} />
      <Nested shape={shape} />
    </div>
  );
}
