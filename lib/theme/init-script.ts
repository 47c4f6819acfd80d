// The inline <script> the root layout puts in <head>. It runs before the first paint, so a
// "system" choice on a dark OS never flashes light (the server cannot know the OS setting; an
// explicit "dark" is already on <html> from the server). It reads the cookie itself rather than
// having the choice baked in, so its text never changes and React never re-creates it.
// Following later OS changes is the ThemeProvider's job (lib/theme/client.tsx): a listener here
// would keep acting after the user switched away from "system".
import { DARK_CLASS, PREFERS_DARK_QUERY, THEME_COOKIE } from "./theme";

export const themeInitScript = `(function(){try{
var m=document.cookie.match(/(?:^|;\\s*)${THEME_COOKIE}=([^;]*)/);
var c=m?m[1]:"system";
var dark=c==="dark"||(c!=="light"&&window.matchMedia(${JSON.stringify(PREFERS_DARK_QUERY)}).matches);
document.documentElement.classList.toggle(${JSON.stringify(DARK_CLASS)},dark);
}catch(e){}})();`;
