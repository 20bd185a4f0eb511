// The page's global variable named by the argument (null if unset).
return window[arguments[0]] ?? null;
