// Registers every Storyline element. The one module with side effects.
import './components/timeline/define.js';
import './components/event/define.js';
import './components/era/define.js';
import './components/scrolly/define.js';
