import { SCALE_MAX } from '$lib/quiz/scale';
import type { DownloadsText } from '../downloads-types';
import kit from './kit';

const { int, plural } = kit;

// French typography: a no-break space (U+00A0) before a colon and inside « », a narrow
// no-break space (U+202F) before ? ! ;.
const dimensions = (n: number) =>
	`${int(n)} ${plural(n, { one: 'dimension notée', other: 'dimensions notées' })}`;

/** A result's JSON and CSV downloads: the offer on the result page, the files, their documentation. */
export const downloads: DownloadsText = {
	heading: 'À emporter',
	intro:
		'Téléchargez ce résultat avec toutes les questions et réponses, pour vos notes ou un tableur. Le fichier est produit à partir du lien, dans cette langue\u202f; rien n’est conservé.',
	json: 'Télécharger au format JSON',
	csv: 'Télécharger au format CSV (tableur)',
	notEnoughAnswers: 'pas assez de réponses',
	overallNotEnough: (scored, needed) =>
		`Pas de position globale\u00a0: ${dimensions(scored)}, il en faut au moins ${int(needed)}.`,
	csvSeparator: ';',
	columns: {
		step: 'Étape',
		questionId: 'Identifiant de la question',
		question: 'Question posée',
		dimension: 'Dimension évaluée',
		pole: 'B (ou «\u00a0Toujours\u00a0») oriente vers',
		answerValue: `Valeur de la réponse (0–${SCALE_MAX})`,
		answer: 'Réponse',
		dimensionScore: 'Score de la dimension (0–100)'
	},
	errors: {
		malformed: 'Ce n’est pas un code de résultat. Vérifiez que le lien a été copié en entier.',
		damaged:
			'Ce code de résultat est endommagé\u00a0: un caractère a été modifié ou perdu, aucun résultat ne peut donc être affiché.',
		'unknown-version':
			'Ce code de résultat provient d’une version du quiz qui n’est plus en service.'
	},
	method: {
		heading: 'Télécharger un résultat',
		intro:
			'Chaque page de résultat propose son résultat sous forme de deux fichiers\u00a0: JSON pour les programmes, CSV pour les tableurs. Les deux sont produits à la demande à partir du lien, dans la langue de la page, et contiennent exactement ce que la page affiche\u202f; rien n’est conservé sur le serveur.',
		jsonIntro: 'Le fichier JSON contient un objet avec ces champs\u00a0:',
		jsonFields: {
			quizVersion: 'la version de la banque de questions avec laquelle le résultat a été obtenu.',
			code: 'le code du résultat, tel qu’il figure dans le lien /result/CODE.',
			language: 'la langue des textes du fichier.',
			overall:
				'la position globale, de 0 (programmeur) à 100 (ingénieur logiciel)\u202f; null quand trop peu de dimensions ont assez de réponses, la raison figurant alors dans overallNote.',
			band: 'la description la plus proche\u00a0: son identifiant et son nom.',
			range:
				'le quiz ne donne aucun intervalle (interval vaut toujours null)\u00a0: une poignée de questions par dimension, sans normes de référence, ne permettent pas d’en justifier un. Ce champ reprend à la place ce que dit la page de résultat\u00a0: la ou les descriptions voisines les plus proches (nearestBands), combien de réponses, déplacées chacune d’un cran, suffiraient pour y arriver (steps), si la page la nomme (near) et la phrase de la page (text). Vaut null sans position globale.',
			dimensions:
				'une entrée par dimension\u00a0: identifiant, nom, score de 0 à 100 (ou null avec le statut «\u00a0not-enough-answers\u00a0» et une note), et le nombre de questions répondues sur l’échelle ou marquées comme ne vous concernant pas.',
			questions: `une entrée par question, dans l’ordre du quiz\u00a0: étape, identifiant, texte, dimension, pôle (le rôle vers lequel oriente l’énoncé B\u202f; dans les versions 1 et 2, «\u00a0Toujours\u00a0») et la réponse\u00a0: sa valeur de 0 (énoncé A\u202f; Jamais) à ${SCALE_MAX} (énoncé B\u202f; Toujours), ou null avec notApplicable à true pour une réponse marquée comme ne vous concernant pas, et son libellé.`
		},
		csvIntro:
			'Le fichier CSV (UTF-8, séparé par des points-virgules, une ligne d’en-tête puis une ligne par question) comporte ces colonnes\u00a0:',
		csvColumns: {
			step: 'la position de la question dans le quiz\u202f;',
			questionId: 'son identifiant, le même que dans le fichier JSON\u202f;',
			question: 'son texte\u202f;',
			dimension: 'la dimension à laquelle elle appartient\u202f;',
			pole: 'le rôle vers lequel oriente l’énoncé B («\u00a0Toujours\u00a0» dans les versions 1 et 2)\u202f;',
			answerValue: `de 0 (énoncé A\u202f; Jamais) à ${SCALE_MAX} (énoncé B\u202f; Toujours), vide pour une réponse marquée comme ne vous concernant pas\u202f;`,
			answer: 'la réponse telle que le quiz l’affichait\u202f;',
			dimensionScore: 'le score de la dimension, ou «\u00a0pas assez de réponses\u00a0».'
		},
		csvNotes:
			'La position globale et la description la plus proche figurent dans le fichier JSON et sur la page de résultat\u202f; le CSV s’en tient à une ligne par question, pour se trier et se filtrer proprement.'
	}
};
