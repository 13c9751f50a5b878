// Registers every Storyline element. The one module with side effects.
import './components/timeline/define.js';
