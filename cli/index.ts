// Wanwu command line: `npm run cli -- <command> [options]`.
// Each command lives in its own module and exports `run(argv): Promise<number>` (the exit code).
const commands: Record<string, () => Promise<{ run: (argv: string[]) => Promise<number> }>> = {
  generate: () => import('./generate'),
  render: () => import('./render'),
}

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  generate --data FILE --prompt TEXT [--prompt FOLLOW_UP ...] [--svg OUT] [--png OUT]
  generate --batch IN.jsonl --out OUT.jsonl
  render SPEC.json (--svg OUT.svg | --png OUT.png) [--theme light|dark]
`

async function main(): Promise<number> {
  const [name, ...argv] = process.argv.slice(2)
  const load = name ? commands[name] : undefined
  if (!load) {
    process.stderr.write(usage)
    return name && name !== '--help' ? 2 : 0
  }
  const command = await load()
  return command.run(argv)
}

main().then(
  (code) => { process.exitCode = code },
  (error: unknown) => {
    process.stderr.write(`[cli] ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  },
)
