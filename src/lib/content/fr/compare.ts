import type { CompareText } from '../compare-types';

// French typography: a no-break space (U+00A0) before a colon and inside « », a narrow
// no-break space (U+202F) before ? ! ;.
const LOCALE = 'fr-FR';
const integer = new Intl.NumberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);
const dimensions = (n: number) =>
	`${integer.format(n)} ${plural.select(n) === 'one' ? 'dimension notée' : 'dimensions notées'}`;

export const compare: CompareText = {
	export: {
		heading: 'À emporter',
		intro:
			'Téléchargez ce résultat avec toutes les questions et réponses, pour vos notes ou un tableur. Le fichier est produit à partir du lien, dans cette langue ; rien n’est conservé.',
		json: 'Télécharger au format JSON',
		csv: 'Télécharger au format CSV (tableur)',
		notEnoughAnswers: 'pas assez de réponses',
		overallNotEnough: (scored, needed) =>
			`Pas de position globale\u00a0: ${dimensions(scored)}, il en faut au moins ${integer.format(needed)}.`,
		columns: {
			step: 'Étape',
			questionId: 'Identifiant de la question',
			question: 'Question posée',
			dimension: 'Dimension évaluée',
			pole: '« Toujours » oriente vers',
			answerValue: 'Valeur de la réponse (0–4)',
			answer: 'Réponse',
			dimensionScore: 'Score de la dimension (0–100)'
		},
		errors: {
			malformed: 'Ce n’est pas un code de résultat. Vérifiez que le lien a été copié en entier.',
			damaged:
				'Ce code de résultat est endommagé : un caractère a été modifié ou perdu, aucun résultat ne peut donc être affiché.',
			'unknown-version':
				'Ce code de résultat provient d’une version du quiz qui n’est plus en service.'
		},
		method: {
			heading: 'Télécharger un résultat',
			intro:
				'Chaque page de résultat propose son résultat sous forme de deux fichiers : JSON pour les programmes, CSV pour les tableurs. Les deux sont produits à la demande à partir du lien, dans la langue de la page, et contiennent exactement ce que la page affiche ; rien n’est conservé sur le serveur.',
			jsonIntro: 'Le fichier JSON contient un objet avec ces champs :',
			jsonFields: {
				quizVersion: 'la version de la banque de questions avec laquelle le résultat a été obtenu.',
				code: 'le code du résultat, tel qu’il figure dans le lien /result/CODE.',
				language: 'la langue des textes du fichier.',
				overall:
					'la position globale, de 0 (programmeur) à 100 (ingénieur logiciel) ; null quand trop peu de dimensions ont assez de réponses, la raison figurant alors dans overallNote.',
				band: 'la description la plus proche : son identifiant et son nom.',
				range:
					'le quiz ne donne aucun intervalle (interval vaut toujours null) : une poignée de questions par dimension, sans normes de référence, ne permettent pas d’en justifier un. Ce champ reprend à la place ce que dit la page de résultat : la ou les descriptions voisines les plus proches (nearestBands), combien de réponses, déplacées chacune d’un cran, suffiraient pour y arriver (steps), si la page la nomme (near) et la phrase de la page (text). Vaut null sans position globale.',
				dimensions:
					'une entrée par dimension : identifiant, nom, score de 0 à 100 (ou null avec le statut « not-enough-answers » et une note), et le nombre de questions répondues sur l’échelle ou par « Ne me concerne pas ».',
				questions:
					'une entrée par question, dans l’ordre du quiz : étape, identifiant, texte, dimension, pôle (le rôle vers lequel oriente « Toujours ») et la réponse : sa valeur de 0 (Jamais) à 4 (Toujours), ou null avec notApplicable à true pour « Ne me concerne pas », et son libellé.'
			},
			csvIntro:
				'Le fichier CSV (UTF-8, séparé par des virgules, une ligne d’en-tête puis une ligne par question) comporte ces colonnes :',
			csvColumns: {
				step: 'la position de la question dans le quiz ;',
				questionId: 'son identifiant, le même que dans le fichier JSON ;',
				question: 'son texte ;',
				dimension: 'la dimension à laquelle elle appartient ;',
				pole: 'le rôle vers lequel oriente « Toujours » ;',
				answerValue: 'de 0 (Jamais) à 4 (Toujours), vide pour « Ne me concerne pas » ;',
				answer: 'la réponse telle que le quiz l’affichait ;',
				dimensionScore: 'le score de la dimension, ou « pas assez de réponses ».'
			},
			csvNotes:
				'La position globale et la description la plus proche figurent dans le fichier JSON et sur la page de résultat ; le CSV s’en tient à une ligne par question, pour se trier et se filtrer proprement.'
		}
	}
};
