// The API reference's UI text for the current request. These server components are nested
// several levels deep; a request-scoped holder (React's cache) saves threading a prop through all.
import { cache } from "react";
import { MESSAGES, type Messages } from "@/lib/i18n/messages";

export type ApiDocsText = Messages["apiDocs"];

const holder = cache(() => ({ text: MESSAGES.en.apiDocs }));

/** Called by the page before rendering, with the reader's locale. */
export const setApiDocsText = (text: ApiDocsText) => void (holder().text = text);
export const apiDocsText = (): ApiDocsText => holder().text;
