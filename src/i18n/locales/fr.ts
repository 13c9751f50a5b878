import { fr } from 'date-fns/locale/fr';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'fr',
  dir: 'ltr',
  dateLocale: fr,
  patterns: { year: 'y', month: 'MMMM y', day: 'd MMMM y', bce: '{y} av. J.-C.' },
  messages: {
    loading: 'Chargement de la chronologie…',
    timeline: 'Chronologie',
    axis: 'Axe du temps',
    filterBy: 'Afficher les événements impliquant',
    showAll: 'Tous',
    source: 'Source',
    sources: 'Sources',
    sourceKinds: { report: 'Rapport', article: 'Article', book: 'Livre', paper: 'Étude' },
    era: 'Période',
    noEvents: 'Aucun événement à afficher.',
    noEventsForFilter: 'Aucun événement n’implique les acteurs choisis.',
    errorTitle: 'Cette chronologie a un problème',
    invalidEntries: (n) =>
      `${n} ${n <= 1 ? 'entrée a été omise ou raccourcie' : 'entrées ont été omises ou raccourcies'} :`,
    moreErrors: (n) => `et ${n} de plus`,
    shown: (n) => `${n} ${n <= 1 ? 'événement affiché' : 'événements affichés'}.`,
    httpError: (status) => `Impossible de charger l’histoire : le serveur a répondu ${status}.`,
    networkError: 'Impossible de charger l’histoire : la requête réseau a échoué.',
    corsError:
      'Impossible de charger l’histoire : son serveur ne permet pas aux autres sites de la lire. Il doit envoyer l’en-tête Access-Control-Allow-Origin.',
    timeoutError: (s) => `Impossible de charger l’histoire : pas de réponse après ${s} secondes.`,
    jsonError: 'Impossible de lire l’histoire : ce n’est pas du JSON valide.',
    csvError: 'Impossible de lire l’histoire : le CSV est mal formé.',
    axisSpan: (from, to) => `Axe du temps de ${from} à ${to}`,
    axisSpanAt: (from, to, at) => `Axe du temps de ${from} à ${to}, repère sur ${at}`,
    other: 'Autres',
  },
};

export default data;
