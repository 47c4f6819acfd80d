"use client";
import type { ReactNode } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { Option } from "./enum-options";
import type { EntityForm } from "./use-entity-form";

/** The draft's fields that hold text. */
type TextKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

type Common<D> = {
  form: EntityForm<D>;
  name: TextKeys<D>;
  label: string;
  hint?: string;
  required?: boolean;
  /** Spans both columns of the section. */
  wide?: boolean;
};

const span = (wide?: boolean) => (wide ? "@2xl:col-span-2" : undefined);

export function TextField<D>({ form, name, label, hint, required, wide, multiline, type = "text" }: Common<D> & { multiline?: boolean; type?: string }) {
  const error = form.errorFor(name);
  const value = form.draft[name] as string;
  const onChange = (v: string) => form.set(name, v as D[typeof name]);
  return (
    <div className={span(wide)}>
      <Field label={label} hint={hint} error={error} required={required}>
        {(id, describedBy) => {
          const props = { id, name, value, required, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy };
          return multiline
            ? <Textarea {...props} onChange={(e) => onChange(e.target.value)} />
            : <Input {...props} type={type} onChange={(e) => onChange(e.target.value)} />;
        }}
      </Field>
    </div>
  );
}

export function SelectField<D>({ form, name, label, hint, required, wide, options, placeholder, onValue }: Common<D> & {
  options: Option[];
  /** Adds an empty first option with this text. */
  placeholder?: string;
  /** Replaces the plain update, e.g. to adjust a dependent field. */
  onValue?: (value: string) => void;
}) {
  const error = form.errorFor(name);
  return (
    <div className={span(wide)}>
      <Field label={label} hint={hint} error={error} required={required}>
        {(id, describedBy) => (
          <Select id={id} name={name} value={form.draft[name] as string} required={required}
            aria-invalid={error ? true : undefined} aria-describedby={describedBy}
            onChange={(e) => (onValue ? onValue(e.target.value) : form.set(name, e.target.value as D[typeof name]))}>
            {placeholder !== undefined && <option value="">{placeholder}</option>}
            {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </Select>
        )}
      </Field>
    </div>
  );
}

/** A field whose control is custom (a picker): the render prop gets id, describedBy and invalid. */
export function CustomField<D>({ form, name, label, hint, required, wide, children }: {
  form: EntityForm<D>; name: string; label: string; hint?: string; required?: boolean; wide?: boolean;
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const error = form.errorFor(name);
  return (
    <div className={span(wide)}>
      <Field label={label} hint={hint} error={error} required={required}>
        {(id, describedBy) => children(id, describedBy, !!error)}
      </Field>
    </div>
  );
}
