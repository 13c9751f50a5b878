/**
 * The steps of a scrolly: which `<story-step>` is at the reading line, the direction the reader
 * came from, `story-step-enter`/`-exit`, and how far the line has got through the active step
 * (`--story-progress`, `story-step-progress`). It listens to scrolling only while a step is active.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParsedEvent } from '../../core/types.js';
import { emit, type StepDetail, type StepProgressDetail } from '../../events.js';
import type { ReadingLine } from '../../internal/controllers/reading-line.js';
import { enterDirection, exitDirection, progressAt } from './step-geometry.js';
import type { StoryStep } from './step.component.js';

type Direction = 'up' | 'down';

export interface StepsHost extends ReactiveControllerHost, HTMLElement {
  /** Each step enters once and never exits. */
  once: boolean;
  readonly steps: StoryStep[];
  readonly hasUpdated: boolean;
}

export interface StepsOptions {
  readingLine: () => ReadingLine;
  events: () => readonly ParsedEvent[];
  /** A step naming an event became active (or its `event` changed while active). */
  activate: (id: string) => void;
  /** The light DOM changed: steps, lanes, or a step's event. */
  onLightChange: () => void;
}

export class Steps implements ReactiveController {
  readonly #host: StepsHost;
  readonly #options: StepsOptions;
  #active: StoryStep | null = null;
  #entered = new WeakSet<StoryStep>();
  /** The band's top at the last crossing: the reader's direction, when it moved. */
  #lastTop = 0;
  #once?: boolean;
  #frame = 0;
  #stopScroll?: () => void;
  #light?: MutationObserver;
  /** Watches the active step's own size (late fonts, images): its progress is read again. */
  #size?: ResizeObserver;

  constructor(host: StepsHost, options: StepsOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The step at the reading line, or null between steps. */
  get active(): StoryStep | null {
    return this.#active;
  }

  hostConnected(): void {
    this.#light ??= new MutationObserver(() => this.#lightChanged());
    this.#light.observe(this.#host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['event', 'label', 'actors'],
    });
    this.#size ??= new ResizeObserver(() => this.update());
    this.#options.onLightChange();
    // Back in the page after a removal: the steps are watched again.
    if (this.#host.hasUpdated) this.watch();
  }

  hostDisconnected(): void {
    this.#light?.disconnect();
    this.#stopListening();
    this.#once = undefined;
  }

  hostUpdated(): void {
    if (this.#once !== this.#host.once) {
      this.#once = this.#host.once;
      this.watch();
    }
  }

  /** Watches the steps not yet done with (with `once`, those not yet entered). */
  watch(): void {
    if (!this.#host.isConnected) return;
    const line = this.#options.readingLine();
    if (this.#active && !this.#active.isConnected) this.#active = null;
    line.watch(this.#host.steps.filter((step) => !(this.#host.once && this.#entered.has(step))));
    this.#lastTop = line.source.band().top;
  }

  #lightChanged(): void {
    this.#options.onLightChange();
    if (this.#host.hasUpdated) this.watch();
    // A step's `event` may have changed while it is active.
    if (this.#active?.event) this.#options.activate(this.#active.event);
  }

  /** Which way the reader scrolled since the last crossing; null when only the layout changed. */
  #direction(): Direction | null {
    const top = this.#options.readingLine().source.band().top;
    const delta = top - this.#lastTop;
    this.#lastTop = top;
    return delta > 0 ? 'down' : delta < 0 ? 'up' : null;
  }

  handleCross = (entries: IntersectionObserverEntry[]): void => {
    // The scroll position says which way the reader went; when it has not moved (a resize, a
    // new offset), the geometry of the crossing does.
    const scrolled = this.#direction();
    const line = () => this.#options.readingLine().line();
    let exited = false;
    for (const entry of entries) {
      if (entry.isIntersecting || entry.target !== this.#active) continue;
      const { top, bottom } = entry.boundingClientRect;
      this.#exit(this.#active, scrolled ?? exitDirection(entry.rootBounds?.top ?? line(), top, bottom));
      exited = true;
    }
    const order = this.#host.steps;
    const entering = entries
      .filter((entry) => entry.isIntersecting && entry.target !== this.#active)
      .map((entry) => {
        const { top, bottom } = entry.boundingClientRect;
        const step = entry.target as StoryStep;
        const direction = scrolled ?? enterDirection(entry.rootBounds?.top ?? line(), top, bottom);
        return { step, direction, index: order.indexOf(step) };
      });
    // Two steps can touch the line together (one ends where the next begins): the one the reader is heading into wins.
    entering.sort((a, b) => (a.direction === 'down' ? a.index - b.index : b.index - a.index));
    for (const { step, direction } of entering) this.#enter(step, direction);
    if (exited && !this.#active) this.#enterStepAtLine();
  };

  /** After an exit, a step that already straddled the line (and so reported no change) takes over. */
  #enterStepAtLine(): void {
    const line = this.#options.readingLine().line();
    for (const step of this.#options.readingLine().watched) {
      const { top, bottom } = step.getBoundingClientRect();
      if (top <= line && bottom >= line) {
        this.#enter(step as StoryStep, enterDirection(line, top, bottom));
        return;
      }
    }
  }

  #enter(step: StoryStep, direction: Direction): void {
    const previous = this.#active;
    if (previous === step) return;
    if (previous) {
      if (this.#host.once) this.#deactivate(previous);
      else this.#exit(previous, direction);
    }
    this.#active = step;
    step.active = true;
    if (this.#host.once) {
      this.#entered.add(step);
      this.#options.readingLine().unwatch(step);
    }
    emit<StepDetail>(step, 'story-step-enter', this.#detail(step, direction));
    if (step.event) this.#options.activate(step.event);
    this.#startListening(step);
    this.update();
  }

  #exit(step: StoryStep, direction: Direction): void {
    this.#deactivate(step);
    // Leave the step's progress at the end it left by, so CSS resting states are exact.
    this.#setProgress(step, direction === 'down' ? 1 : 0);
    emit<StepDetail>(step, 'story-step-exit', this.#detail(step, direction));
  }

  #deactivate(step: StoryStep): void {
    step.active = false;
    if (this.#active === step) {
      this.#active = null;
      this.#stopListening();
    }
  }

  #detail(step: StoryStep, direction: Direction): StepDetail {
    const event = this.#options.events().find((e) => e.id === step.event);
    return { step, index: this.#host.steps.indexOf(step), direction, ...(event && { event }) };
  }

  /** Listens to scrolling only while a step is active, passively. */
  #startListening(step: StoryStep): void {
    this.#size?.disconnect();
    this.#size?.observe(step);
    this.#stopScroll ??= this.#options.readingLine().source.onScroll(this.#handleScroll);
  }

  #stopListening(): void {
    this.#stopScroll?.();
    this.#stopScroll = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#size?.disconnect();
  }

  #handleScroll = (): void => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.update();
    });
  };

  /** Reads the one active step's box and sets its progress. */
  update(): void {
    const step = this.#active;
    if (!step) return;
    const { top, height } = step.getBoundingClientRect();
    this.#setProgress(step, progressAt(this.#options.readingLine().line(), top, height));
  }

  #setProgress(step: StoryStep, progress: number): void {
    const value = Math.round(progress * 10000) / 10000;
    if (value === step.progress && step.style.getPropertyValue('--story-progress') !== '') return;
    step.progress = value;
    step.style.setProperty('--story-progress', String(value));
    const detail = { step, index: this.#host.steps.indexOf(step), progress: value };
    emit<StepProgressDetail>(step, 'story-step-progress', detail);
  }
}
