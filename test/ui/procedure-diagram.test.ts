import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BpmnElement } from '../../bpmn/bpmn-element';
import { readDiagram } from '../../bpmn/read-diagram';
import { isTimerEvent, timerAttribute } from '../../bpmn/timer-attribute';
import type { CaseProgress } from '../../domain/case-progress';
import { en } from '../../ui/src/i18n/en';
import { ru } from '../../ui/src/i18n/ru';
import { eventually, registration } from '../support/fixtures';
import { startTestStack } from '../support/stack';
import { ARTIFACTS, ensureFreshUiBuild, launchChromium, signInInEnglish, signInInRussian } from './browser';

const HOUR = 3_600_000;
const SHIPPED_DIAGRAM = path.resolve('bpmn/procedures/criminal-case.bpmn');
// CSS classes the UI puts on diagram elements (ui/src/diagram/progress-markers.ts)
const DONE = 'icj-done';
const ACTIVE = 'icj-active';

type Stack = Awaited<ReturnType<typeof startTestStack>>;

/** The shipped diagram, read as the server reads it (it is being reworked, so ids are looked up, not assumed). */
async function shippedDefinitions(): Promise<BpmnElement> {
  const read = await readDiagram(readFileSync(SHIPPED_DIAGRAM, 'utf8'));
  if (!('definitions' in read)) throw new Error(`the shipped diagram does not read: ${JSON.stringify(read.errors)}`);
  return read.definitions;
}

/** The id of the process's own start event in the shipped diagram. */
async function startEventOf(processId: string): Promise<string> {
  const process = (await shippedDefinitions()).rootElements?.find((e) => e.id === processId);
  const start = process?.flowElements?.find((e) => e.$type === 'bpmn:StartEvent');
  if (!start?.id) throw new Error(`no start event in process ${processId}`);
  return start.id;
}

/** The sub-processes an element sits in, outermost first. */
async function subProcessesAround(elementId: string): Promise<string[]> {
  const find = (container: BpmnElement): BpmnElement | undefined => {
    for (const e of container.flowElements ?? []) {
      if (e.id === elementId) return e;
      const inner = find(e);
      if (inner) return inner;
    }
    return undefined;
  };
  let element: BpmnElement | undefined;
  for (const root of (await shippedDefinitions()).rootElements ?? []) element ??= find(root);
  const chain: string[] = [];
  for (let e = element?.$parent; e && e.$type === 'bpmn:SubProcess'; e = e.$parent) chain.unshift(e.id!);
  return chain;
}

/**
 * Brings the plane an element is drawn on into view. bpmn-js draws an expanded sub-process's content
 * on its parent's plane, and a collapsed one's on a plane of its own, kept out of the page until the
 * reader drills down: so drill down, as a reader would, through each collapsed sub-process around it.
 */
async function showPlaneOf(page: Page, elementId: string) {
  const drawn = (id: string) => page.locator(`[data-testid="procedure-diagram"] .djs-element[data-element-id="${id}"]`);
  if ((await drawn(elementId).count()) > 0) return;
  for (const subProcess of await subProcessesAround(elementId)) {
    const drilldown = page.locator(`[data-testid="procedure-diagram"] .djs-overlays[data-container-id="${subProcess}"] .bjs-drilldown`);
    if ((await drilldown.count()) > 0) await drilldown.click();
  }
  await drawn(elementId).waitFor();
}

/** The timer boundary event on an activity in the shipped diagram, with the icj:limit the compiler reads for it. */
async function timerOn(activityId: string): Promise<{ id: string; limit: string | null }> {
  const all: BpmnElement[] = [];
  const collect = (c: BpmnElement) => (c.flowElements ?? []).forEach((e) => (all.push(e), collect(e)));
  (await shippedDefinitions()).rootElements?.forEach(collect);
  const timer = all.find((e) => e.$type === 'bpmn:BoundaryEvent' && e.attachedToRef?.id === activityId && isTimerEvent(e));
  if (!timer?.id) throw new Error(`no timer on ${activityId}`);
  return { id: timer.id, limit: timerAttribute(timer, 'limit') };
}

/** Element ids carrying a marker class in the drawn SVG (every plane of the open drawing, shown or not). */
async function markedIds(page: Page, marker: string): Promise<string[]> {
  return page.locator(`[data-testid="procedure-diagram"] .djs-element.${marker}`).evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('data-element-id') ?? '').sort(),
  );
}

/** Every element id drawn on the open drawing. */
async function drawnIds(page: Page, testId: string): Promise<Set<string>> {
  const ids = await page.locator(`[data-testid="${testId}"] .djs-element[data-element-id]`).evaluateAll((gs) =>
    gs.map((g) => g.getAttribute('data-element-id') ?? ''),
  );
  return new Set(ids);
}

/** What a drawing should carry for one part of the progress: done (unless active again) and active, as far as drawn. */
function expectedMarks(part: { done: string[]; active: string[] }, drawn: Set<string>) {
  return {
    done: part.done.filter((id) => drawn.has(id) && !part.active.includes(id)).sort(),
    active: part.active.filter((id) => drawn.has(id)).sort(),
  };
}

/** Switches the diagram view to the drawing of a process and waits for its marks. */
async function showProcess(page: Page, processId: string) {
  const value = await page
    .locator(`[data-testid="diagram-select"] option[data-process~="${processId}"]`)
    .getAttribute('value');
  assert.ok(value, `the diagram select offers ${processId}`);
  await page.getByTestId('diagram-select').selectOption(value);
  await page.locator(`[data-testid="procedure-diagram"][data-process~="${processId}"][data-marked="true"]`).waitFor();
}

describe('browser: the procedure diagram on the case page and the procedure editor', function () {
  this.timeout(180_000);
  let stack: Stack | undefined;
  let browser: Browser | undefined;

  before(async function () {
    mkdirSync(ARTIFACTS, { recursive: true });
    ensureFreshUiBuild();
    stack = await startTestStack();
    browser = await launchChromium();
  });

  after(async function () {
    await browser?.close();
    await stack?.stop();
  });

  it('when a case has one detained suspect, marks the start done and the detention call active, and on the PersonDetention drawing the judge\'s decision active', async function () {
    // given: a case whose adult suspect was detained an hour ago, and its workflow at the judge's decision
    const now = Date.now();
    const created = await stack!.api('/api/cases', {
      method: 'POST',
      body: registration(new Date(now - 2 * HOUR).toISOString(), [{ detainedAt: new Date(now - HOUR).toISOString(), lastName: 'Diagramov' }]),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const caseId: string = created.body.id;
    const progress = await eventually(async () => {
      const answer = await stack!.api(`/api/cases/${caseId}/progress`);
      const body = answer.body as CaseProgress;
      return answer.status === 200 && body.instances.some((i) => i.active.includes('RecordDecision')) && body;
    }, 'the detention of the suspect to wait for the judge\'s decision');
    const startEvent = await startEventOf('CriminalCase');

    const context = await browser!.newContext({ viewport: { width: 1360, height: 1000 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      // when: the officer opens the case page
      await signInInEnglish(page, stack!.baseUrl, 'officer1');
      await page.goto(`${stack!.baseUrl}/cases/${caseId}`);
      const section = page.getByTestId('procedure-section');
      await section.getByRole('heading', { name: en['case.procedure'] }).waitFor();
      await page.locator('[data-testid="procedure-diagram"][data-process~="CriminalCase"][data-marked="true"]').waitFor();

      // then: the case's own drawing carries exactly the workflow's progress, the start done
      const drawnAtTop = await drawnIds(page, 'procedure-diagram');
      const topMarks = { done: await markedIds(page, DONE), active: await markedIds(page, ACTIVE) };
      assert.ok(topMarks.done.includes(startEvent), `${startEvent} done: ${topMarks.done.join(', ')}`);
      assert.deepEqual(topMarks, expectedMarks(progress, drawnAtTop));
      await section.screenshot({ path: path.join(ARTIFACTS, 'procedure-diagram-case.png') });

      // and: the detention call is active, on the plane it is drawn on (inside the pretrial sub-process)
      await showPlaneOf(page, 'EachDetainedPerson');
      const callMarks = { done: await markedIds(page, DONE), active: await markedIds(page, ACTIVE) };
      assert.ok(callMarks.active.includes('EachDetainedPerson'), `EachDetainedPerson active: ${callMarks.active.join(', ')}`);
      assert.ok(!callMarks.done.includes('EachDetainedPerson'), 'a running call is not also done');
      assert.deepEqual(callMarks, expectedMarks(progress, await drawnIds(page, 'procedure-diagram')));
      await section.screenshot({ path: path.join(ARTIFACTS, 'procedure-diagram-call.png') });

      // when: the person's detention is shown, down to the plane of the judge's decision
      await showProcess(page, 'PersonDetention');
      await showPlaneOf(page, 'RecordDecision');

      // then: it carries that instance's progress, the judge's decision active
      const detention = progress.instances.filter((i) => i.elementId === 'EachDetainedPerson');
      assert.equal(detention.length, 1, JSON.stringify(progress.instances));
      const personDone = await markedIds(page, DONE);
      const personActive = await markedIds(page, ACTIVE);
      assert.ok(personActive.includes('RecordDecision'), `RecordDecision active: ${personActive.join(', ')}`);
      assert.ok(!personActive.includes('EachDetainedPerson') && !personDone.includes(startEvent), 'the case\'s own marks are gone');
      assert.ok(!personDone.includes('RecordDecision'), 'an open act is not also done');
      assert.deepEqual({ done: personDone, active: personActive }, expectedMarks(detention[0]!, await drawnIds(page, 'procedure-diagram')));
      assert.equal(await page.getByTestId('import-warnings').count(), 0, 'the shipped diagram reads without warnings');
      await section.screenshot({ path: path.join(ARTIFACTS, 'procedure-diagram-person-detention.png') });
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, 'procedure-diagram-case-page.png'), fullPage: true });
      await context.close();
    }
  });

  it('when legal staff remove a user task\'s record type in the modeler, Validate names that task and Deploy is refused; the unchanged diagram validates clean, and once repaired deploys as the next version', async function () {
    const before = await stack!.api('/api/procedures', { user: 'legal1' });
    assert.equal(before.status, 200);
    const latest: number = before.body.items.find((p: any) => p.key === 'CriminalCase').latestVersion;

    const context = await browser!.newContext({ viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      // given: legal staff open the latest CriminalCase version from the procedures page
      await signInInEnglish(page, stack!.baseUrl, 'legal1');
      await page.getByRole('link', { name: en['nav.procedures'] }).click();
      await page.waitForURL('**/procedures');
      const row = page.locator(`[data-testid="procedure-row"][data-key="CriminalCase"][data-version="${latest}"]`);
      await row.getByRole('link', { name: en['procedures.open'] }).click();
      await page.waitForURL(`**/procedures/CriminalCase/versions/${latest}`);
      await page.locator('[data-testid="procedure-modeler"][data-process~="CriminalCase"] .djs-element').first().waitFor();

      // when: the diagram is validated as it is, then: no errors
      await page.getByRole('button', { name: en['editor.validate'] }).click();
      await page.getByTestId('check-ok').waitFor();
      assert.match((await page.getByTestId('check-ok').textContent()) ?? '', /no errors/i);
      assert.equal(await page.locator('[data-testid="problem"][data-severity="error"]').count(), 0);

      // when: the timer on the judge's decision is found by its id, then: the side panel shows the limit it enforces
      const timer = await timerOn('RecordDecision');
      await page.getByTestId('find-element').fill(timer.id);
      await page.getByRole('button', { name: en['editor.find'] }).click();
      const timerPanel = page.locator(`[data-testid="attributes-panel"][data-element-id="${timer.id}"]`);
      await timerPanel.waitFor();
      assert.equal(await timerPanel.getByTestId('attr-limit').inputValue(), timer.limit ?? '');
      await page.screenshot({ path: path.join(ARTIFACTS, 'procedure-editor-timer.png') });

      // when: the judge's decision task (drawn on the PersonDetention drawing) loses its icj:record in the side panel
      await page.getByTestId('find-element').fill('RecordDecision');
      await page.getByRole('button', { name: en['editor.find'] }).click();
      const panel = page.locator('[data-testid="attributes-panel"][data-element-id="RecordDecision"]');
      await panel.waitFor();
      assert.equal(await panel.getByTestId('attr-record').inputValue(), 'measure-decision');
      assert.equal(await page.locator('[data-testid="procedure-modeler"]').getAttribute('data-process'), 'PersonDetention');
      await panel.getByTestId('attr-record').fill('');
      await page.getByRole('button', { name: en['editor.validate'] }).click();

      // then: one error, naming RecordDecision
      const problem = page.locator('[data-testid="problem"][data-severity="error"]');
      await problem.first().waitFor();
      assert.deepEqual(await problem.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-element-id'))), ['RecordDecision']);
      assert.equal(await page.getByTestId('check-ok').count(), 0);

      // when: another element is shown, then the error is chosen: the modeler shows and selects RecordDecision again
      await page.getByTestId('find-element').fill(await startEventOf('CriminalCase'));
      await page.getByRole('button', { name: en['editor.find'] }).click();
      await page.locator('[data-testid="procedure-modeler"][data-process="CriminalCase"]').waitFor();
      await problem.first().click();
      await panel.waitFor();
      await page.locator('[data-testid="procedure-modeler"] .djs-element.selected[data-element-id="RecordDecision"]').waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, 'procedure-editor-error.png') });

      // when: the broken diagram is deployed anyway, then: refused with the same error, and no version is added
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: en['editor.deploy'] }).click();
      await page.getByTestId('deploy-refused').waitFor();
      assert.deepEqual(await problem.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-element-id'))), ['RecordDecision']);
      const after = await stack!.api('/api/procedures', { user: 'legal1' });
      assert.equal(after.body.items.find((p: any) => p.key === 'CriminalCase').latestVersion, latest);

      // when: the record type is put back and the diagram deployed, then: it becomes the next version
      await panel.getByTestId('attr-record').fill('measure-decision');
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: en['editor.deploy'] }).click();
      const deployed = page.getByTestId('deployed');
      await deployed.waitFor();
      assert.match((await deployed.textContent()) ?? '', new RegExp(`version ${latest + 1}\\b`));
      const redeployed = await stack!.api('/api/procedures', { user: 'legal1' });
      assert.equal(redeployed.body.items.find((p: any) => p.key === 'CriminalCase').latestVersion, latest + 1);
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, 'procedure-editor.png'), fullPage: true });
      await context.close();
    }
  });
  it('when legal staff working in Russian clear the anchor of the detention timer, Validate warns in Russian, the limit named by its rulebook title', async function () {
    const listed = await stack!.api('/api/procedures', { user: 'legal1' });
    const latest: number = listed.body.items.find((p: any) => p.key === 'CriminalCase').latestVersion;
    const timer = await timerOn('RecordDecision');
    assert.ok(timer.limit, `${timer.id} cites a rulebook limit`);
    const rule = (await stack!.api('/api/law/limits', { user: 'legal1' })).body.limits.find((l: any) => l.id === timer.limit);
    assert.ok(rule, `the rulebook has ${timer.limit}`);

    const context = await browser!.newContext({ viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    try {
      // given: legal staff in the Russian UI open the latest CriminalCase version
      await signInInRussian(page, stack!.baseUrl, 'legal1');
      await page.goto(`${stack!.baseUrl}/procedures/CriminalCase/versions/${latest}`);
      await page.locator('[data-testid="procedure-modeler"][data-process~="CriminalCase"] .djs-element').first().waitFor();

      // when: the timer on the judge's decision loses its icj:anchor, and the diagram is validated
      await page.getByTestId('find-element').fill(timer.id);
      await page.getByRole('button', { name: ru['editor.find'] }).click();
      const panel = page.locator(`[data-testid="attributes-panel"][data-element-id="${timer.id}"]`);
      await panel.waitFor();
      await panel.getByTestId('attr-anchor').fill('');
      await page.getByRole('button', { name: ru['editor.validate'] }).click();

      // then: a warning, not an error, naming the timer, in Russian: the limit by its Russian title, no English sentence
      const item = page.locator(`[data-testid="problem-item"][data-code="timer-anchor"]`);
      await item.waitFor();
      assert.equal(await item.getByTestId('problem').getAttribute('data-severity'), 'warning');
      assert.equal(await item.getByTestId('problem').getAttribute('data-element-id'), timer.id);
      assert.equal(await page.getByTestId('check-ok').count(), 1, 'a missing anchor does not block deployment');
      await page.getByRole('heading', { name: /^Предупреждения \(\d+\)$/ }).waitFor();
      // the rulebook may arrive after the check: its title then replaces the short message
      const problemText = item.locator('[data-testid="problem-text"]', { hasText: `«${rule.title.ru}»` });
      await problemText.waitFor();
      const text = (await problemText.textContent()) ?? '';
      assert.equal(text, `У таймера ${timer.id} нет icj:anchor, поэтому срок «${rule.title.ru}» (${timer.limit}) отсчитывается с момента, когда процедура дойдёт до таймера, а не с того события, с которого его отсчитывает закон; укажите начало отсчёта в icj:anchor.`);
      const english = await page.getByTestId('check-results').evaluate((el) => (el.textContent ?? '').match(/\b(the|is|has|no|from|counted|procedure|law)\b/g));
      assert.equal(english, null, 'no English word in the check results');
      await page.getByTestId('check-results').screenshot({ path: path.join(ARTIFACTS, 'procedure-editor-ru-warning-results.png') });
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, 'procedure-editor-ru-warning.png'), fullPage: true });
      await context.close();
    }
  });
});
