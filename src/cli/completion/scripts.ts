/**
 * The completion scripts `usjapan completion <shell>` prints. Each only calls
 * `usjapan __complete <words...>` (src/cli/completion/complete.ts), which answers one candidate
 * per line ("value<TAB>description") or ":files" when the shell should complete file names.
 */

const BASH = `# bash completion for usjapan
# In this shell:   source <(usjapan completion bash)
# In every shell:  usjapan completion bash > ~/.local/share/bash-completion/completions/usjapan
_usjapan() {
  local cur=\${COMP_WORDS[COMP_CWORD]} line
  local -a out
  mapfile -t out < <(usjapan __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  COMPREPLY=()
  if [[ \${out[0]-} == ':files' ]]; then
    [[ $cur == '=' ]] && cur=''
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    return 0
  fi
  for line in "\${out[@]}"; do
    [[ -n $line ]] && COMPREPLY+=("\${line%%$'\\t'*}")
  done
  return 0
}
complete -F _usjapan usjapan
`;

const ZSH = `#compdef usjapan
# zsh completion for usjapan
# In this shell:   source <(usjapan completion zsh)   (after compinit)
# In every shell:  usjapan completion zsh > "\${fpath[1]}/_usjapan"
_usjapan() {
  local -a lines values shown
  local line value
  lines=("\${(@f)$(usjapan __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ \${lines[1]} == ':files' ]]; then
    _files
    return
  fi
  for line in "\${lines[@]}"; do
    [[ -z $line ]] && continue
    value=\${line%%$'\\t'*}
    values+=("$value")
    if [[ $line == *$'\\t'?* ]]; then shown+=("$value  -- \${line#*$'\\t'}"); else shown+=("$value"); fi
  done
  (( \${#values} )) && compadd -l -d shown -a values
}
if [[ \${funcstack[1]-} == _usjapan ]]; then
  _usjapan "$@"
elif (( \${+functions[compdef]} )); then
  compdef _usjapan usjapan
fi
`;

const FISH = `# fish completion for usjapan
# In this shell:   usjapan completion fish | source
# In every shell:  usjapan completion fish > ~/.config/fish/completions/usjapan.fish
function __usjapan_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l cur (commandline -ct)
    set -l out (usjapan __complete $words "$cur" 2>/dev/null)
    if test "$out[1]" = ':files'
        __fish_complete_path (commandline -ct)
        return
    end
    printf '%s\\n' $out
end
complete -c usjapan -f -a '(__usjapan_complete)'
`;

/** The completion script for a shell. */
export function completionScript(shell: 'bash' | 'zsh' | 'fish'): string {
  return { bash: BASH, zsh: ZSH, fish: FISH }[shell];
}
