import { join } from 'node:path';

/**
 * Where a desktop install of Chrome or Chromium usually lives on each platform, most likely first.
 * On Linux these are a last resort: the pinned @sparticuz/chromium build is preferred there so
 * every machine renders with the same engine.
 */
export function systemChromePaths(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  if (platform === 'win32') {
    return windowsRoots(env).map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'));
  }
  if (platform === 'linux') {
    return [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
    ];
  }
  return [];
}

function windowsRoots(env: Readonly<Record<string, string | undefined>>): string[] {
  const roots = [
    env['PROGRAMFILES'] ?? 'C:\\Program Files',
    env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
    env['LOCALAPPDATA'],
  ];
  return [...new Set(roots.filter((root): root is string => Boolean(root)))];
}
