import { expect } from '@open-wc/testing';
import { SLICE_MS, turn } from '../../src/shared/slices.js';
import './test-element.js';
import type { IndikatorTestElement } from './test-element.js';
import { fixture } from '../helpers.js';

/** A new task, so that no earlier test's slice is still running. */
const newTask = () => new Promise((resolve) => setTimeout(resolve));
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('slices: elements take turns', () => {
  afterEach(() => document.querySelectorAll('indikator-test-element').forEach((el) => el.remove()));

  it('lets updates run until a task has spent SLICE_MS on them, then makes the rest wait for one next task', async () => {
    await newTask();
    expect(turn()).to.equal(undefined);
    busy(SLICE_MS + 5);
    const wait = turn();
    expect(wait).to.be.instanceOf(Promise);
    expect(turn(), 'every latecomer waits for the same next slice').to.equal(wait);
    await wait;
    expect(turn(), 'a new task, a new slice').to.equal(undefined);
  });

  it('makes an element given data after a spent slice draw in the next task, not in this one', async () => {
    const doc = await fixture('muba-extreme-poverty.json');
    await newTask();
    turn();
    busy(SLICE_MS + 5);
    const el = document.createElement('indikator-test-element') as IndikatorTestElement;
    el.data = doc;
    document.body.append(el);
    // Every microtask of this task: without turns, the element would update here.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(el.hasUpdated).to.be.false;
    await el.updateComplete;
    expect(el.hasUpdated).to.be.true;
    expect(el.state).to.equal('ready');
  });
});
