import { redirect } from "next/navigation";
import { getPageActor } from "@/server/auth/get-actor";
import { getLocale } from "@/lib/i18n/server";
import { Providers } from "@/components/shell/providers";
import { LoginForm } from "@/components/auth/login-form";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: an absolute callback URL would be an open redirect.
  const target = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  if (await getPageActor()) redirect(target);
  return (
    <Providers locale={await getLocale()}>
      <LoginForm callbackUrl={target} initialError={error} />
    </Providers>
  );
}
