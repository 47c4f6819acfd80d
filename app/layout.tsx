import type { ReactNode } from "react";
import { headers } from "next/headers";
import { getThemeChoice } from "@/lib/theme/server";
import { themeInitScript } from "@/lib/theme/init-script";
import { ThemeProvider } from "@/lib/theme/client";
import { DARK_CLASS } from "@/lib/theme/theme";
import "./globals.css";

export const metadata = { title: "Junction", description: "The map of your systems and their interfaces" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = await getThemeChoice();
  // The page's policy admits only scripts with this request's nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // An explicit "dark" is rendered by the server (no flash, works without JavaScript); for
    // "system" the script below decides before paint, so <html>'s class may differ from this
    // render: suppressHydrationWarning covers exactly that attribute mismatch on this element.
    <html lang="en" className={theme === "dark" ? DARK_CLASS : undefined} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body>
        <ThemeProvider initialChoice={theme}>{children}</ThemeProvider>
      </body>
    </html>
  );
}
