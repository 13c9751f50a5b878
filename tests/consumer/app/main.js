// What a newsroom app writes: the tags from storyline-kit/define, the core from storyline-kit.
import 'storyline-kit/define';
import { parseStory } from 'storyline-kit';
import report from './report.json';

const { story, errors } = parseStory(report);
document.querySelector('#parsed').textContent = `${story.events.length} events, ${errors.length} errors`;
document.querySelector('story-timeline').data = report;
