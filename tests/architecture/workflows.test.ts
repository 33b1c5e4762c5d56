/**
 * The GitHub workflows run npm scripts a person runs locally, and nothing else: this test reads the
 * workflow files as GitHub does (YAML), checks that every command of every `run:` step is an npm script
 * that exists, that the pull-request check has every step it promises, and that publishing runs the same
 * commands as the README's instructions for publishing elsewhere. Then it runs the cheap steps exactly as
 * the files write them, in a small git repository whose data/ is the fictional catalogue, so a renamed
 * script or option breaks this test instead of the first pull request of a staff member.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, temporaryFolder } from '../helpers/data-folder.ts';
import { FIXTURE_CATALOGUE } from '../helpers/test-paths.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  'continue-on-error'?: unknown;
}
interface Job {
  steps: Step[];
  needs?: string;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const WORKFLOWS_DIR = join(REPO_ROOT, '.github', 'workflows');
const SCRIPTS: Record<string, string> = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;
const read = (file: string) => parse(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')) as Workflow;

/** The commands of a `run:` block: one per line, split at `&&`; comments and blank lines left out. */
function commands(run: string): string[] {
  return run
    .split('\n')
    .flatMap((line) => line.split('&&'))
    .map((command) => command.trim())
    .filter((command) => command && !command.startsWith('#'));
}

/** The npm script a command runs, or undefined when it runs no npm script. */
function npmScript(command: string): string | undefined {
  if (command === 'npm test') return 'test';
  return /^npm run ([\w:-]+)/.exec(command)?.[1];
}

/** What is wrong with the `run:` steps of a workflow: each command must be `npm ci` or an npm script that exists. */
function workflowProblems(yamlText: string, scripts: Record<string, string>): string[] {
  const workflow = parse(yamlText) as Workflow;
  return Object.entries(workflow.jobs).flatMap(([jobName, job]) =>
    job.steps.flatMap((step) =>
      commands(step.run ?? '').flatMap((command) => {
        if (command === 'npm ci') return [];
        const script = npmScript(command);
        if (script === undefined) return [`${jobName} / "${step.name}": "${command}" is not an npm script; put it in package.json`];
        return script in scripts ? [] : [`${jobName} / "${step.name}": npm script "${script}" does not exist in package.json`];
      }),
    ),
  );
}

const runSteps = (workflow: Workflow, job: string) => workflow.jobs[job].steps.filter((step) => step.run !== undefined);
const WORKFLOW_FILES = readdirSync(WORKFLOWS_DIR).filter((file) => /\.ya?ml$/.test(file));

describe('the workflow files', () => {
  it('are the pull-request check and the publication', () => {
    expect(WORKFLOW_FILES.sort()).toEqual(['controle.yml', 'publiceren.yml']);
  });

  it.each(WORKFLOW_FILES)('%s runs only npm scripts that exist', (file) => {
    expect(workflowProblems(readFileSync(join(WORKFLOWS_DIR, file), 'utf8'), SCRIPTS)).toEqual([]);
  });

  it('are caught naming a script that does not exist, or a command that is not a script', () => {
    const doctored = readFileSync(join(WORKFLOWS_DIR, 'controle.yml'), 'utf8').replace('npm run data:check', 'npm run data:chek');
    expect(workflowProblems(doctored, SCRIPTS)).toEqual([
      'controle / "Gegevens nakijken (data:check)": npm script "data:chek" does not exist in package.json',
    ]);
    const shell =
      'jobs:\n  a:\n    steps:\n      - name: x\n        run: |\n          npm ci\n          node scripts/data-check.ts && npm run lint\n';
    expect(workflowProblems(shell, SCRIPTS)).toEqual([
      'a / "x": "node scripts/data-check.ts" is not an npm script; put it in package.json',
    ]);
  });

  it("name only npm scripts and script files that exist, also inside package.json's own scripts", () => {
    const missing = Object.entries(SCRIPTS).flatMap(([name, script]) => [
      ...commands(script)
        .map(npmScript)
        .filter((used): used is string => used !== undefined && !(used in SCRIPTS))
        .map((used) => `${name} runs npm script ${used}`),
      ...[...script.matchAll(/\b((?:scripts|tests)\/[\w/.-]+\.ts)\b/g)]
        .filter(([, path]) => {
          try {
            readFileSync(join(REPO_ROOT, path));
            return false;
          } catch {
            return true;
          }
        })
        .map(([, path]) => `${name} runs ${path}`),
    ]);
    expect(missing).toEqual([]);
  });
});

describe('the pull-request check (controle.yml)', () => {
  const workflow = read('controle.yml');
  const steps = runSteps(workflow, 'controle');
  const step = (command: string) => steps.find((s) => commands(s.run!).some((c) => c.startsWith(command)));

  it('runs on every pull request, may only read the code, and cancels a run a newer push replaces', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.concurrency?.['cancel-in-progress']).toBe(true);
    expect(workflow.concurrency?.group).toContain('github.event.pull_request.number');
  });

  it('checks the data first, in a step of its own, so its messages become annotations on the changed lines', () => {
    expect(steps.map((s) => s.run)).toEqual([
      'npm ci',
      'npm run data:check',
      'npm run data:diff -- --base HEAD^1 --markdown "$GITHUB_STEP_SUMMARY"',
      'npm run validate',
      'npm run build',
      'npm run test:e2e',
    ]);
    expect(step('npm run data:check')?.['continue-on-error']).toBeUndefined();
  });

  it('writes the summary of changes even when the data check failed, and compares with the base of the pull request', () => {
    expect(step('npm run data:diff')?.if).toBe("${{ !cancelled() && github.event_name == 'pull_request' }}");
    // HEAD^1 is the base only in GitHub's merge commit, with its parents fetched.
    const checkout = workflow.jobs.controle.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(2);
  });

  it('has Dutch step names for staff', () => {
    for (const s of workflow.jobs.controle.steps)
      expect(s.name).toMatch(/ophalen|klaarzetten|installeren|nakijken|verandert|Opmaak|Types|bouwen|Browsertests/);
  });
});

describe('the publication (publiceren.yml)', () => {
  const workflow = read('publiceren.yml');

  it('runs the commands of the README for publishing elsewhere, in the same order', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Publishing'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, 'README.md needs a "## Publishing" section with a ```sh block of the commands').toBeDefined();
    const readmeCommands = commands(block!.replace(/\s+#.*$/gm, ''));
    expect(runSteps(workflow, 'bouwen').flatMap((s) => commands(s.run!))).toEqual(readmeCommands);
    expect(readmeCommands).toEqual(['npm ci', 'npm run data:check', 'npm run build:pages']);
  });

  it('publishes on main with the Pages actions, and only the publishing job may write to Pages', () => {
    expect(workflow.on).toHaveProperty('push', { branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.map((s) => s.uses?.split('@')[0]).filter(Boolean));
    expect(uses).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    const upload = workflow.jobs.bouwen.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('dist');
    expect(workflow.jobs.publiceren.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.publiceren.environment?.name).toBe('github-pages');
    // configure-pages reads the repository's Pages settings: the building job may read them, not write.
    expect(workflow.jobs.bouwen.permissions).toEqual({ contents: 'read', pages: 'read' });
  });

  it('hands the path Pages serves the site under to build:pages, which refuses any but the root', () => {
    const build = workflow.jobs.bouwen.steps.find((s) => s.run === 'npm run build:pages');
    expect(build?.env?.PAGES_BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}');
    expect(workflow.jobs.bouwen.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))?.name).toBeDefined();
    expect(workflow.jobs.bouwen.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'))).toHaveProperty('id', 'pages');
  });
});

describe('the cheap steps of the pull-request check, run as the workflow writes them', () => {
  /**
   * A git repository shaped like a checkout of a pull request: data/ is the fictional catalogue, the
   * commit before HEAD (HEAD^1, the base) has Fictieve Drugslijn's old number. The project's code is
   * copied in and its packages linked.
   */
  function pullRequestCheckout(): string {
    const repo = temporaryFolder('hulphub-workflow-');
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
    // Copied, not linked: a command started through a link would not see itself as the main module and do nothing.
    for (const name of ['package.json', 'scripts', 'src', 'tests', 'tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json']) {
      cpSync(join(REPO_ROOT, name), join(repo, name), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, 'node_modules'), join(repo, 'node_modules'));
    const drugslijn = join(repo, 'data', 'providers', 'fictieve-drugslijn.json');
    cpSync(FIXTURE_CATALOGUE, join(repo, 'data'), { recursive: true });
    git('init', '-q');
    git('add', 'data');
    git('commit', '-q', '-m', 'base');
    writeFileSync(drugslijn, readFileSync(drugslijn, 'utf8').replace('+32 11 00 20 07', '+32 11 00 20 08'));
    git('commit', '-q', '-am', 'pull request');
    return repo;
  }

  const steps = runSteps(read('controle.yml'), 'controle');
  const run = (repo: string, command: string, env: Record<string, string> = {}) => {
    const step = steps.find((s) => commands(s.run!).some((c) => c.startsWith(command)));
    expect(step, `controle.yml has no step that runs ${command}`).toBeDefined();
    const result = spawnSync('bash', ['-e', '-c', step!.run!], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true', ...env },
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('data:check passes the fictional catalogue and prints GitHub annotations', () => {
    const { status, output } = run(pullRequestCheckout(), 'npm run data:check');
    expect(output).toContain('::warning file=data/vocabulary/themes.json');
    expect(status, output).toBe(0);
  });

  it('data:diff writes what the pull request changes into the job summary', () => {
    const repo = pullRequestCheckout();
    const summaryFile = join(repo, 'step-summary.md');
    writeFileSync(summaryFile, '');
    const { status, output } = run(repo, 'npm run data:diff', { GITHUB_STEP_SUMMARY: summaryFile });
    expect(status, output).toBe(0);
    expect(readFileSync(summaryFile, 'utf8')).toContain(
      '- **Fictieve Drugslijn (testdata)** (fictieve-drugslijn)\n  - telefoon: 011 00 20 07 → 011 00 20 08\n',
    );
  });
});
