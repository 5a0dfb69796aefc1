export const TOOLS_VENV: string;
export const TOOLS_BIN: string;
export const TOOL_PACKAGES: string[];
export function pathWithTools(path?: string): string;
