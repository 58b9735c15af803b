import { found, type Outcome } from '../outcome.js';

/** usjapan completion bash|zsh|fish: the script, loaded only for this command. */
export async function completionCommand(shell: string): Promise<Outcome> {
  const { completionScript } = await import('../completion/scripts.js');
  return found(completionScript(shell as 'bash' | 'zsh' | 'fish'));
}
