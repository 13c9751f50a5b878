// Registers every Storyline element. The one module with side effects.
import './components/timeline/define.js';
import './components/event/define.js';
import './components/era/define.js';
import { defineWhenUsed } from './internal/lazy-define.js';

// Scrollytelling is defined as soon as a page uses it; only such pages fetch its code.
defineWhenUsed(['story-scrolly', 'story-step', 'story-lane'], () => import('./components/scrolly/define.js'));
