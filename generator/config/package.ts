// Facts about the installed keyway package, for the command line (--version).
import { packageRoot, packageVersion } from "../package-root.js";

interface PackageInfo {
  root: string;
  version: string;
}

export function packageInfo(): PackageInfo {
  return { root: packageRoot, version: packageVersion };
}
