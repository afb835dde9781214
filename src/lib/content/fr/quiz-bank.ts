import type { QuizText } from '../quiz-types';

/**
 * The article's distinctions, the dimensions and the questions, in our own French words: the
 * article is paraphrased and cited, never quoted nor translated sentence by sentence.
 * Role names follow site.ts: “programmeur” and “ingénieur logiciel”, masculine generic.
 */

export const roles: QuizText['roles'] = {
	programmer: 'programmeur',
	engineer: 'ingénieur logiciel'
};
export const roleLabels: QuizText['roleLabels'] = {
	programmer: 'Programmeur',
	engineer: 'Ingénieur logiciel'
};

export const bands: QuizText['bands'] = {
	programmer: 'Programmeur',
	'leaning-programmer': 'Plutôt programmeur',
	both: 'Entre les deux',
	'leaning-engineer': 'Plutôt ingénieur logiciel',
	engineer: 'Ingénieur logiciel'
};

export const scale: QuizText['scale'] = {
	labels: { 0: 'Jamais', 1: 'Rarement', 2: 'Parfois', 3: 'Souvent', 4: 'Toujours' },
	notApplicable: 'Ne me concerne pas',
	positions: { 0: 'A', 1: 'Plutôt A', 2: 'Les deux à égalité', 3: 'Plutôt B', 4: 'B' },
	notApplicableToWork: 'Ne fait pas partie de mon travail',
	statements: { a: 'A', b: 'B' }
};

export const distinctions: QuizText['distinctions'] = {
	coding: {
		title: 'Le code, cœur du métier',
		paraphrase:
			'Coder, c’est écrire les lignes dont un programme est fait. Programmer va plus loin : on s’occupe du projet entier, pas d’un seul morceau. L’écriture du code reste au centre du travail du programmeur.'
	},
	'specialised-tasks': {
		title: 'Se spécialiser sur certaines tâches',
		paraphrase:
			'Dans les grandes équipes, les programmeurs se concentrent souvent sur certains types de tâches, et certaines entreprises en recrutent uniquement pour coder.'
	},
	'follows-instructions': {
		title: 'Faire d’une consigne un programme',
		paraphrase:
			'Au quotidien, le programmeur reçoit des indications d’autres membres de l’équipe (designer, ingénieur, programmeur senior) et en tire un programme complet, parfois à partir d’une simple idée de départ.'
	},
	'engineering-principles': {
		title: 'Une méthode d’ingénieur',
		paraphrase:
			'L’ingénieur logiciel applique au logiciel les principes de l’ingénierie : une façon précise et réfléchie d’examiner un problème avant de le résoudre.'
	},
	'environment-first': {
		title: 'Étudier l’environnement d’abord',
		paraphrase:
			'Avant de dessiner les fondations d’un pont, on examine le sol sous la rivière. De même, l’ingénieur logiciel commence par étudier les machines et les logiciels qui entoureront le programme, pour que la conception convienne à l’endroit où il tournera.'
	},
	'talks-with-clients': {
		title: 'Échanger avec les clients',
		paraphrase:
			'L’ingénieur logiciel discute avec les clients, pour que ce qu’il conçoit réponde vraiment aux besoins de ceux qui l’ont demandé.'
	},
	'design-process': {
		title: 'Mener toute la conception',
		paraphrase:
			'L’ingénierie logicielle va bien au-delà de la programmation : c’est une démarche de conception complète, de la compréhension du problème jusqu’à un programme qui fonctionne.'
	},
	'real-conditions': {
		title: 'Pensé pour les conditions réelles',
		paraphrase:
			'Le but : un logiciel efficace et fiable là où il sert vraiment, sur les machines où il tournera, pour les personnes à qui il est destiné.'
	},
	'roles-overlap': {
		title: 'Des rôles qui se recoupent',
		paraphrase:
			'Sous l’article, un lecteur demande si les deux ne reviennent pas au même. À notre avis, ils se recoupent largement : tout ingénieur logiciel écrit aussi du code, et l’article lui-même dit que la programmation embrasse tout le projet.'
	}
};

export const dimensions: QuizText['dimensions'] = {
	scope: {
		name: 'Périmètre',
		summary:
			'La part du système que vous embrassez : une partie, connue à fond, ou l’ensemble et la façon dont tout s’articule.',
		ends: {
			programmer: 'une partie du système, connue à fond',
			engineer: 'tout le système et l’articulation de ses parties'
		},
		fromArticle:
			'Coder, c’est taper les lignes ; programmer couvre déjà le projet entier, et dans les grandes équipes les programmeurs se spécialisent sur certaines tâches. L’ingénierie, telle que l’article la décrit, est une démarche de conception de l’ensemble.',
		habitsOf: {
			engineer: [
				'Avant votre prochaine tâche, esquissez les parties qu’elle touche et celles qui en dépendent.',
				'Lisez le code ou la documentation de l’autre côté d’une interface que vous utilisez.',
				'Participez à une discussion de conception sur une partie du système où vous ne travaillez pas.'
			],
			programmer: [
				'Prenez en charge une petite partie de bout en bout, jusqu’à la dernière ligne de son code.',
				'Réservez-vous un après-midi de code sans interruption, sur une seule tâche.',
				'Terminez entièrement une tâche bien délimitée avant d’élargir de nouveau votre regard.'
			]
		}
	},
	'starting-point': {
		name: 'Point de départ',
		summary:
			'D’où part votre travail : d’une consigne ou d’une maquette qu’on vous confie, ou du problème qui se cache derrière.',
		ends: {
			programmer: 'une consigne ou une maquette, bien exécutée',
			engineer: 'le problème derrière la demande'
		},
		fromArticle:
			'Les programmeurs reçoivent en général des instructions de designers, d’ingénieurs ou d’un lead, et en font un programme, parfois à partir d’un simple concept. Les ingénieurs, eux, abordent le problème lui-même avec une démarche réfléchie.',
		habitsOf: {
			engineer: [
				'Pour votre prochaine tâche, écrivez en une phrase le problème qu’elle résout avant de commencer.',
				'Quand une demande vous paraît étrange, demandez qui en a besoin et pourquoi, puis confrontez la réponse à la demande.',
				'Proposez une alternative quand vous rendez votre travail, même si le plan initial l’emporte.'
			],
			programmer: [
				'Prenez une consigne bien rédigée et réalisez-la exactement telle quelle, sans la rouvrir.',
				'Une fois le problème tranché, arrêtez une conception et passez vite à du code qui marche.',
				'Travaillez en binôme avec quelqu’un qui développe à partir de maquettes, et voyez ce que sa fiabilité facilite pour l’équipe.'
			]
		}
	},
	method: {
		name: 'Méthode',
		summary:
			'Comment vous trouvez une solution : par le savoir-faire, dans le code lui-même, ou par une méthode écrite, avec options, objectifs et compromis.',
		ends: {
			programmer: 'le savoir-faire dans le code lui-même',
			engineer: 'une méthode écrite : options, objectifs et compromis'
		},
		fromArticle:
			'L’article met en regard l’écriture du code, cœur de la programmation, et les principes de l’ingénierie : une manière précise et délibérée d’aborder un problème.',
		habitsOf: {
			engineer: [
				'Avant de commencer, écrivez ce que « terminé » veut dire et comment vous le vérifierez.',
				'Pour une décision de conception, listez deux options avec leur coût et tranchez sur papier.',
				'Tenez un court journal de décisions : ce que vous avez choisi, ce que vous avez écarté, et pourquoi.'
			],
			programmer: [
				'Retravaillez un morceau de votre code jusqu’à ce qu’un nouveau venu puisse le lire sans aide.',
				'Relisez la modification d’un collègue ligne par ligne, pas seulement sa conception.',
				'Approfondissez un outil que vous utilisez chaque jour, au-delà de ce que votre travail exige.'
			]
		}
	},
	environment: {
		name: 'Environnement',
		summary:
			'Où tournera votre logiciel : l’étudier vous-même avant de le concevoir, ou vous appuyer sur la plateforme et les spécialistes qui l’entourent.',
		ends: {
			programmer: 'le code, sur une plateforme gérée par d’autres',
			engineer: 'les machines et systèmes, étudiés avant de concevoir'
		},
		fromArticle:
			'L’article compare l’ingénieur logiciel à l’ingénieur civil, qui examine le lit de la rivière avant de dessiner les fondations d’un pont : il étudie d’abord le matériel et les logiciels sur lesquels le programme tournera.',
		habitsOf: {
			engineer: [
				'Notez les limites de mémoire, de réseau et de charge de l’environnement où tourne votre logiciel.',
				'Faites tourner votre logiciel dans les pires conditions qu’il rencontrera vraiment, comme un réseau lent ou une forte charge.',
				'Demandez aux personnes qui exploitent vos systèmes ce qui tombe le plus souvent en panne, et concevez en conséquence.'
			],
			programmer: [
				'Laissez une plateforme bien choisie gérer un sujet à votre place, et consacrez le temps gagné au code.',
				'Faites appel tôt au spécialiste pour une question d’hébergement ou de sécurité, au lieu de tout démêler de votre côté.',
				'Maîtrisez votre framework au point de pouvoir vous fier à ses réglages par défaut.'
			]
		}
	},
	people: {
		name: 'Interlocuteurs',
		summary:
			'Comment vous savez quoi construire : par un chef de produit, un tech lead ou un enseignant, ou auprès des personnes à qui le logiciel est destiné.',
		ends: {
			programmer: 'des besoins recueillis par d’autres, et du temps pour développer',
			engineer: 'l’échange avec les personnes à qui le logiciel est destiné'
		},
		fromArticle:
			'Les programmeurs reçoivent leurs instructions d’autres membres de l’équipe. Les ingénieurs logiciels échangent eux-mêmes avec les clients, pour concevoir un logiciel qui leur convienne.',
		habitsOf: {
			engineer: [
				'Assistez à un échange avec un client ou un utilisateur de ce que vous développez.',
				'Expliquez un choix technique à quelqu’un d’extérieur à l’équipe, avec des mots simples, et écoutez ses questions.',
				'Regardez quelqu’un utiliser une fonctionnalité que vous avez faite, sans l’aider, et notez où il bute.'
			],
			programmer: [
				'Bloquez quelques heures par semaine sans réunion, uniquement pour développer.',
				'Laissez un chef de produit ou un tech lead recueillir une série de besoins, et développez à partir de ce qu’il rapporte.',
				'Une fois une consigne validée, développez-la sans rediscuter chaque détail avec ses utilisateurs.'
			]
		}
	},
	quality: {
		name: 'Conditions réelles',
		summary:
			'Ce que « terminé » veut dire : la fonctionnalité fait ce que demande la consigne, ou elle tourne de façon efficace et fiable en usage réel.',
		ends: {
			programmer: 'une fonctionnalité qui marche et fait ce qui était demandé',
			engineer: 'un logiciel fiable en usage réel'
		},
		fromArticle:
			'L’article veut des programmes efficaces et fiables dans leurs conditions réelles : sur le matériel où ils tourneront, avec les utilisateurs auxquels ils sont destinés.',
		habitsOf: {
			engineer: [
				'Fixez un objectif de vitesse ou de fiabilité que votre prochaine fonctionnalité doit atteindre, et mesurez-le.',
				'Testez avec des données réalistes, en volume réaliste, pas seulement le cas nominal.',
				'Avant de livrer, notez comment la fonctionnalité pourrait échouer en production et ce qui se passerait alors.'
			],
			programmer: [
				'Livrez d’abord la plus petite version qui marche de votre prochaine fonctionnalité, puis améliorez-la.',
				'Vérifiez votre prochain travail point par point par rapport à sa consigne avant de le déclarer terminé.',
				'Mettez-vous d’accord sur ce que « suffisamment bien » veut dire pour votre prochaine fonctionnalité, et arrêtez-vous là.'
			]
		}
	},
	breadth: {
		name: 'Partie ou ensemble',
		summary:
			'Ce sur quoi votre travail est centré : le code d’une partie, ou le projet entier qui l’entoure.',
		ends: {
			programmer: 'une seule partie, développée en profondeur',
			engineer: 'le projet entier et la façon dont tout s’assemble'
		},
		fromArticle:
			'Coder, c’est taper les lignes d’un programme, alors que programmer englobe le projet entier ; dans les grandes équipes, les programmeurs se spécialisent sur certaines tâches, et certains sont recrutés uniquement pour coder.'
	},
	brief: {
		name: 'D’où vient la conception',
		summary:
			'Qui élabore ce que vous construisez : d’autres, qui vous le confient ensuite, ou vous-même, avec les personnes à qui il est destiné.',
		ends: {
			programmer: 'une conception venue d’un tech lead ou d’un designer, fidèlement réalisée',
			engineer: 'une conception élaborée avec les clients et les utilisateurs'
		},
		fromArticle:
			'Les programmeurs transforment en général les instructions de designers, d’ingénieurs ou d’un tech lead en un programme complet ; les ingénieurs logiciels échangent avec les clients pour concevoir un logiciel qui leur convienne.'
	},
	approach: {
		name: 'Approche des problèmes',
		summary:
			'Comment vous résolvez un problème : dans le code lui-même, ou par une méthode explicite qui part de l’environnement auquel la solution doit s’adapter.',
		ends: {
			programmer: 'directement dans le code, guidé par l’expérience',
			engineer: 'une méthode explicite, l’environnement d’abord'
		},
		fromArticle:
			'Les ingénieurs logiciels appliquent les principes de l’ingénierie, une façon particulière d’examiner un problème : comme l’ingénieur civil étudie le lit de la rivière avant de construire le pont, ils étudient le matériel et les logiciels qui entourent un programme avant de le concevoir.'
	},
	conditions: {
		name: 'Ce que l’on vise',
		summary:
			'Quand votre travail est terminé : quand votre partie est correcte, ou quand l’ensemble fonctionne de façon fiable dans les conditions d’usage réel.',
		ends: {
			programmer: 'chaque partie correcte et complète',
			engineer: 'l’ensemble, fiable en usage réel'
		},
		fromArticle:
			'Dans l’article, l’ingénierie logicielle est une démarche de conception globale, qui fait fonctionner les programmes de façon efficace et fiable dans leurs conditions réelles : sur le matériel et avec les utilisateurs auxquels ils sont destinés.'
	}
};

export const questions: QuizText['questions'] = {
	// Version 2, the current bank.
	'scope-one-area-in-depth':
		'J’approfondis une partie d’un système, par exemple son interface, ses données ou un seul service.',
	'starting-write-down-problem':
		'Avant de développer, je note le problème qu’une tâche doit résoudre et comment on saura qu’il l’est.',
	'method-refine-own-code':
		'Je retravaille le code que j’ai écrit jusqu’à ce qu’il se lise bien : noms clairs, structure simple.',
	'environment-where-it-runs':
		'Avant de concevoir, je vérifie sur quoi tournera mon logiciel : machines, systèmes d’exploitation, services.',
	'people-requirements-gathered':
		'Je développe à partir de besoins recueillis par d’autres, comme un chef de produit, un tech lead ou un enseignant.',
	'quality-realistic-testing':
		'Je teste mon logiciel avec des données réalistes, en volume réaliste, avant que d’autres en dépendent.',
	'scope-sketch-connections':
		'Avant de développer, j’esquisse comment les parties d’un système vont s’articuler, en schéma ou en quelques lignes.',
	'starting-given-design':
		'Je transforme la conception de quelqu’un d’autre, comme une maquette ou une description d’interface, en code qui marche.',
	'method-weigh-options':
		'Avant de choisir une conception, j’écris au moins deux options et ce que chacune coûterait.',
	'environment-work-with-specialist':
		'Quand une tâche touche à l’hébergement, au réseau ou à la sécurité, je travaille avec la personne spécialiste du sujet.',
	'people-ask-users':
		'Je parle avec les personnes qui utiliseront ou paieront le logiciel pour savoir ce dont elles ont besoin.',
	'quality-check-against-brief':
		'Avant de considérer une tâche comme terminée, je la vérifie point par point par rapport à sa consigne.',
	'scope-settled-coding-tasks':
		'Je prends en charge des tâches de code dont la conception est déjà arrêtée.',
	'starting-propose-approach':
		'Quand une autre approche servirait mieux la personne qui m’a confié une tâche, je la lui propose.',
	'method-read-code-closely':
		'Je lis le code des autres ligne par ligne, lors d’une revue ou pour comprendre comment il marche.',
	'environment-find-limits-first':
		'Avant de concevoir, je cerne les limites que mon logiciel devra respecter, comme la mémoire, la charge ou le coût.',
	'people-focus-on-building':
		'Je me concentre sur le développement pendant qu’un chef de produit, un tech lead ou un enseignant reste en contact avec les utilisateurs.',
	'quality-watch-in-use':
		'Je surveille le logiciel que j’ai développé une fois en service, par des alertes, des logs ou des astreintes.',
	'scope-neighbouring-systems':
		'Avant de modifier ma partie, j’étudie comment les systèmes qui y sont reliés se comportent et tombent en panne.',
	'starting-idea-to-program':
		'Je transforme une idée qu’on me décrit en un programme complet qui fonctionne.',
	'method-measure-against-target':
		'Je mesure la vitesse ou la fiabilité de mon logiciel par rapport à un objectif fixé à l’avance.',
	'environment-rely-on-platform':
		'Je compte sur un framework ou une plateforme pour gérer des détails comme la mémoire, le stockage ou la montée en charge.',
	'people-show-work-in-progress':
		'Je montre un travail inachevé aux personnes à qui il est destiné, et je l’ajuste selon leurs retours.',
	'quality-ship-early': 'Je livre tôt une petite version qui marche, puis je l’améliore pas à pas.',

	// Version 1, as it was served (retired; kept so that its links still show their result).
	'scope-whole-system':
		'Quand je prends une tâche, je regarde d’abord comment elle s’insère dans l’ensemble du système.',
	'direction-clear-brief':
		'Je transforme une tâche claire, venue d’un designer ou d’un chef d’équipe, en code qui marche.',
	'method-compare-options':
		'Avant de choisir une conception, j’écris au moins deux options et je les compare.',
	'environment-given-stack':
		'Je développe sur la plateforme et avec les outils que mon responsable ou mon équipe choisit pour moi.',
	'people-talk-to-users':
		'Je parle avec les personnes qui utiliseront le logiciel avant de le développer.',
	'quality-feature-works':
		'Je considère une tâche comme terminée dès que la fonctionnalité marche.',
	'scope-own-part':
		'Je travaille sur une partie bien définie du code, qu’il me revient de construire.',
	'direction-real-problem':
		'Avant de développer ce qu’on m’a demandé, je vérifie quel problème cela doit résoudre.',
	'method-try-in-code':
		'Je trouve la meilleure solution en essayant mes idées directement dans le code.',
	'environment-check-first':
		'Avant de choisir une conception, j’examine les autres systèmes avec lesquels mon logiciel doit fonctionner.',
	'people-through-lead':
		'J’apprends ce dont une fonctionnalité a besoin par mon responsable ou par le ticket.',
	'quality-real-use':
		'Je teste mon logiciel dans des conditions proches de l’usage réel : vraies données, vrais appareils, nombreux utilisateurs.',
	'scope-plan-parts':
		'Je prévois comment les parties d’un projet vont s’assembler avant que le code soit écrit.',
	'direction-start-coding': 'Quand les consignes sont claires, je commence à coder tout de suite.',
	'method-write-requirements': 'Avant de développer, j’écris ce que le logiciel doit faire.',
	'environment-platform-team':
		'Je laisse les serveurs, les appareils et les réseaux aux personnes dont c’est le métier.',
	'people-explain-choices':
		'J’explique les choix techniques aux clients ou aux utilisateurs avec des mots qu’ils comprennent.',
	'quality-fix-when-reported':
		'Je m’occupe des lenteurs ou des plantages quand quelqu’un les signale.',
	'scope-coding-day':
		'L’essentiel de ma journée de travail consiste à écrire, lire et corriger du code.',
	'direction-shape-what-to-build':
		'J’aide à décider ce qu’il faut construire, pas seulement comment le construire.',
	'method-known-patterns':
		'J’utilise les patterns et les outils que je connais bien pour boucler une tâche rapidement.',
	'environment-find-limits':
		'Je cerne les limites du matériel sur lequel tournera mon logiciel, comme la mémoire ou les vieux appareils.',
	'people-focused-coding':
		'Je laisse les échanges avec les clients à mon tech lead ou à mon manager.',
	'quality-measure-goals':
		'Je mesure les performances de mon logiciel par rapport à des objectifs fixés à l’avance.'
};

export const habits: QuizText['habits'] = {
	'scope-one-area-in-depth': 'Approfondir une partie',
	'starting-write-down-problem': 'Écrire le problème d’abord',
	'method-refine-own-code': 'Retravailler son code pour qu’il se lise bien',
	'environment-where-it-runs': 'Savoir où le logiciel tournera',
	'people-requirements-gathered': 'Partir de besoins recueillis par d’autres',
	'quality-realistic-testing': 'Tester avec des données réalistes',
	'scope-sketch-connections': 'Esquisser l’articulation des parties',
	'starting-given-design': 'Partir de la conception de quelqu’un d’autre',
	'method-weigh-options': 'Comparer des options par écrit',
	'environment-work-with-specialist': 'Travailler avec les spécialistes hébergement et sécurité',
	'people-ask-users': 'Demander aux utilisateurs leurs besoins',
	'quality-check-against-brief': 'Vérifier le travail par rapport à la consigne',
	'scope-settled-coding-tasks': 'Prendre des tâches de code déjà conçues',
	'starting-propose-approach': 'Proposer une autre approche',
	'method-read-code-closely': 'Lire le code ligne par ligne',
	'environment-find-limits-first': 'Cerner les limites d’abord',
	'people-focus-on-building': 'Se concentrer sur le développement',
	'quality-watch-in-use': 'Surveiller le logiciel en service',
	'scope-neighbouring-systems': 'Étudier les systèmes voisins',
	'starting-idea-to-program': 'Faire d’une idée un programme complet',
	'method-measure-against-target': 'Mesurer par rapport à un objectif',
	'environment-rely-on-platform': 'S’appuyer sur la plateforme',
	'people-show-work-in-progress': 'Montrer un travail inachevé à ses utilisateurs',
	'quality-ship-early': 'Livrer tôt une petite version',

	'scope-whole-system': 'Regarder d’abord tout le système',
	'direction-clear-brief': 'Transformer une tâche claire en code',
	'method-compare-options': 'Comparer des options écrites',
	'environment-given-stack': 'Développer sur la plateforme choisie',
	'people-talk-to-users': 'Parler aux utilisateurs avant de développer',
	'quality-feature-works': 'Terminé quand la fonctionnalité marche',
	'scope-own-part': 'Travailler sur sa partie du code',
	'direction-real-problem': 'Vérifier le problème derrière une demande',
	'method-try-in-code': 'Essayer ses idées dans le code',
	'environment-check-first': 'Examiner d’abord les autres systèmes',
	'people-through-lead': 'Connaître les besoins par un responsable ou un ticket',
	'quality-real-use': 'Tester au plus près de l’usage réel',
	'scope-plan-parts': 'Prévoir l’assemblage des parties',
	'direction-start-coding': 'Coder dès que la consigne est claire',
	'method-write-requirements': 'Écrire ce que le logiciel doit faire',
	'environment-platform-team': 'Laisser l’infrastructure à son équipe',
	'people-explain-choices': 'Expliquer ses choix aux clients',
	'quality-fix-when-reported': 'Corriger les problèmes signalés',
	'scope-coding-day': 'Des journées passées sur le code',
	'direction-shape-what-to-build': 'Aider à décider quoi construire',
	'method-known-patterns': 'Utiliser des patterns éprouvés',
	'environment-find-limits': 'Cerner les limites du matériel',
	'people-focused-coding': 'Laisser les échanges clients à un responsable',
	'quality-measure-goals': 'Mesurer par rapport à des objectifs'
};

export const pairs: QuizText['pairs'] = {
	'breadth-time-in-code': {
		programmer: 'L’essentiel de mon temps de travail passe à écrire et à affiner du code.',
		engineer:
			'L’essentiel de mon temps de travail passe dans le projet autour du code : le planifier, lui donner forme et le mener jusqu’à la livraison.',
		notApplicableWhen:
			'Vous ne faites aucun travail logiciel concret, pas même pendant vos études ou sur votre temps libre.'
	},
	'brief-design-settled': {
		programmer:
			'La conception de ce que je construis est arrêtée avant de m’arriver, et j’en fais un programme qui fonctionne.',
		engineer: 'J’élabore moi-même la conception, avec ceux qui ont demandé le logiciel.',
		notApplicableWhen:
			'Personne ne vous demande de logiciel : vous ne construisez que pour vous-même.'
	},
	'approach-first-move': {
		programmer:
			'J’aborde un nouveau problème en faisant des essais dans le code pour voir ce qui marche.',
		engineer: 'J’aborde un nouveau problème en l’analysant pas à pas avant d’écrire du code.',
		notApplicableWhen:
			'Vous ne résolvez pas vous-même de problèmes techniques, et ne l’avez jamais fait.'
	},
	'conditions-design-timing': {
		programmer: 'Je conçois au fur et à mesure que je développe, une fonctionnalité à la fois.',
		engineer: 'Je conçois le système dans son ensemble avant que ses parties soient développées.',
		notApplicableWhen:
			'Votre travail se limite toujours à de petites modifications de logiciels qui existent déjà.'
	},
	'breadth-depth-or-range': {
		programmer:
			'Je creuse à fond un domaine, comme un langage, une couche ou un type de tâche, et on vient me voir pour cela.',
		engineer: 'Je travaille sur de nombreux domaines d’un projet, partout où il a besoin de moi.',
		notApplicableWhen: 'Vous débutez tout juste et n’avez pas encore de domaine de travail.'
	},
	'brief-needs-heard': {
		programmer:
			'Les besoins des clients ou des utilisateurs me parviennent par des collègues qui les recueillent pour l’équipe.',
		engineer:
			'Les besoins des clients ou des utilisateurs, je les apprends directement auprès d’eux.',
		notApplicableWhen:
			'Ce que vous construisez n’a ni clients ni utilisateurs, comme des exercices de cours.'
	},
	'approach-where-it-runs': {
		programmer:
			'Je pars du programme lui-même : l’endroit où il tournera est déjà fixé quand je le développe.',
		engineer:
			'Avant de concevoir, je cherche à savoir où le logiciel tournera : le matériel, les autres systèmes, le réseau.',
		notApplicableWhen: 'Votre code ne tourne que sur votre propre machine, jamais ailleurs.'
	},
	'conditions-testing-against': {
		programmer: 'Je teste que mon code fait ce qu’il faut dans les cas qu’il est censé traiter.',
		engineer:
			'Je teste comment le logiciel fait face aux conditions d’usage réel : données réelles, charge réelle, vraies personnes.',
		notApplicableWhen: 'Vous ne testez aucun logiciel, sous aucune forme.'
	},
	'breadth-piece-or-whole': {
		programmer:
			'Je prends en charge une partie bien délimitée d’un projet et je la développe minutieusement.',
		engineer: 'Je garde en vue le projet entier et je détermine comment ses parties s’assemblent.',
		notApplicableWhen: 'Vous ne faites partie d’aucun projet, ni en ce moment ni récemment.'
	},
	'brief-task-breakdown': {
		programmer:
			'Quelqu’un d’autre découpe le travail en tâches, et je les prends en charge jusqu’au bout.',
		engineer: 'Je découpe moi-même le travail en tâches, pour moi ou pour d’autres.',
		notApplicableWhen: 'Votre travail arrive en morceaux trop petits pour être découpés.'
	},
	'approach-choosing': {
		programmer:
			'Je choisis une solution d’après mon expérience de ce qui a bien marché auparavant.',
		engineer:
			'Je choisis une solution en comparant les options selon des critères explicites, comme le coût, le risque ou la rapidité.',
		notApplicableWhen: 'Les solutions sont toujours choisies à votre place.'
	},
	'conditions-planning-horizon': {
		programmer:
			'Je planifie en détail mes prochaines tâches, pour que chacune soit bien faite et dans les délais.',
		engineer:
			'Je planifie en pensant à toute la vie d’un système, de sa première version à ses évolutions ultérieures.',
		notApplicableWhen: 'Votre travail est entièrement planifié par d’autres.'
	},
	'breadth-team-role': {
		programmer:
			'En équipe, je tiens un rôle spécialisé, comme le front-end, les bases de données ou les tests.',
		engineer:
			'En équipe, je passe d’un rôle à l’autre et je relie ce que construisent les spécialistes.',
		notApplicableWhen: 'Vous travaillez toujours en solo.'
	},
	'brief-showing-work': {
		programmer: 'Je montre mon travail à ceux qui me l’ont demandé, mon tech lead ou mon équipe.',
		engineer:
			'Je montre mon travail aux personnes qui vont l’utiliser, pour vérifier qu’il leur convient.',
		notApplicableWhen:
			'Personne ne voit votre travail avant qu’il soit terminé, comme en autoformation.'
	},
	'approach-tools-fit': {
		programmer:
			'Je choisis les outils et les bibliothèques que je connais bien et qui conviennent au code.',
		engineer:
			'Je choisis les outils et les bibliothèques selon la façon dont ils s’intègrent aux systèmes à côté desquels ils tourneront.',
		notApplicableWhen: 'Les outils et les bibliothèques sont toujours choisis à votre place.'
	},
	'conditions-in-use': {
		programmer:
			'Une fois mon logiciel en service, je confie son fonctionnement à l’équipe d’exploitation et je me concentre sur le développement de la suite.',
		engineer: 'Une fois mon logiciel en service, je m’occupe aussi de son fonctionnement.',
		notApplicableWhen: 'Rien de ce que vous avez construit n’est utilisé.'
	},
	'breadth-done-when': {
		programmer: 'Mon travail est terminé quand ma partie est développée, testée et remise.',
		engineer:
			'Mon travail est terminé quand le projet entier est livré et fonctionne comme un tout.',
		notApplicableWhen: 'Votre travail n’a rien à livrer, comme en recherche pure.'
	},
	'brief-unclear-request': {
		programmer:
			'Quand une demande n’est pas claire, j’interroge son auteur et je développe ce qu’il décide.',
		engineer:
			'Quand une demande n’est pas claire, je vais voir les personnes qui ont besoin du logiciel et je décide avec elles de ce qu’il faut développer.',
		notApplicableWhen:
			'Vous fixez vous-même tout votre travail : rien ne vous arrive sous forme de demande.'
	},
	'approach-reasoning-kept': {
		programmer:
			'Je compte sur un code propre et des noms bien choisis pour rendre mes conceptions compréhensibles.',
		engineer:
			'Je compte sur des notes de conception écrites pour rendre mes conceptions compréhensibles.',
		notApplicableWhen: 'Vous ne concevez rien, pas même de petites parties.'
	},
	'conditions-follow-through': {
		programmer:
			'Une fois ma partie fusionnée, je la transmets et je consacre toute mon attention à la tâche suivante.',
		engineer:
			'Une fois ma partie fusionnée, je la suis jusqu’à sa mise en production, puis en service.',
		notApplicableWhen:
			'Votre travail n’est jamais publié ni mis en production, comme pour des travaux de cours.'
	},
	'breadth-new-project': {
		programmer:
			'Sur un nouveau projet, je cherche la partie qui correspond à mes compétences et je la prends en charge.',
		engineer:
			'Sur un nouveau projet, je commence par cartographier toutes ses parties, puis je décide où l’on a besoin de moi.',
		notApplicableWhen: 'Vous n’avez jamais rejoint ni lancé de projet.'
	},
	'brief-feedback-in-use': {
		programmer:
			'Une fois le logiciel en service, les retours me parviennent sous forme de tickets ou de rapports de bug.',
		engineer:
			'Une fois le logiciel en service, je discute avec ses clients ou ses utilisateurs de la façon dont il leur convient.',
		notApplicableWhen: 'Rien de ce que vous avez construit n’est utilisé.'
	},
	'approach-capacity': {
		programmer:
			'J’optimise les performances et la capacité une fois que de vraies mesures montrent où cela compte.',
		engineer:
			'Je détermine les performances et la capacité dont le logiciel aura besoin avant de commencer à le développer.',
		notApplicableWhen:
			'Votre logiciel n’a pas de besoins de performances ou de capacité dignes de ce nom, comme de petits scripts.'
	},
	'conditions-hardware-fit': {
		programmer:
			'J’écris un code portable et clair, qui ne dépend pas de la machine sur laquelle il tourne.',
		engineer:
			'J’adapte mon logiciel au matériel et aux conditions dans lesquels il tournera réellement.',
		notApplicableWhen:
			'Vous n’écrivez ni ne façonnez vous-même aucun logiciel, et ne l’avez jamais fait.'
	},
	'breadth-own-yardstick': {
		programmer: 'Je juge mon propre travail surtout à la qualité du code que j’ai écrit.',
		engineer: 'Je juge mon propre travail surtout à ce que donne le système dans son ensemble.',
		notApplicableWhen: 'Vous n’avez encore terminé aucun travail à juger.'
	},
	'brief-success-measure': {
		programmer:
			'Je considère mon travail comme réussi quand il fait ce qui était demandé, entièrement et correctement.',
		engineer:
			'Je considère mon travail comme réussi quand il convient aux personnes pour qui il a été fait, même si la demande a dû changer en cours de route.',
		notApplicableWhen:
			'Votre travail ne répond à aucune consigne ni demande, de quelque sorte que ce soit.'
	},
	'approach-standards': {
		programmer:
			'Je suis les conventions de la base de code et de l’équipe dans lesquelles je travaille.',
		engineer:
			'Je suis les normes d’ingénierie du domaine pour lequel je développe, comme les normes de sûreté, de sécurité ou d’accessibilité.',
		notApplicableWhen:
			'Vous travaillez en solo, sans base de code ni domaine dont suivre les règles.'
	},
	'conditions-whole-design': {
		programmer: 'Je rends chaque partie que je construis solide et bien testée en elle-même.',
		engineer:
			'Je conçois la façon dont les parties fonctionnent ensemble, pour que le tout puisse continuer de fonctionner quand l’une d’elles tombe en panne.',
		notApplicableWhen:
			'Votre logiciel est un petit programme d’un seul tenant, sans parties à proprement parler.'
	},
	'breadth-learning-next': {
		programmer: 'J’apprends en approfondissant les outils et les langages que j’utilise déjà.',
		engineer:
			'J’apprends tout ce dont la prochaine partie d’un projet a besoin, même loin de ce que je connais.',
		notApplicableWhen:
			'Rien dans votre travail ne vous demande d’apprendre quoi que ce soit de nouveau.'
	},
	'brief-trade-offs': {
		programmer:
			'Quand une fonctionnalité coûterait plus que prévu, je donne à mon tech lead une estimation claire et je développe ce qu’il décide.',
		engineer:
			'Quand une fonctionnalité coûterait plus que prévu, j’en discute avec le client et nous décidons ensemble de ce qu’il faut développer.',
		notApplicableWhen: 'Personne d’autre que vous ne décide de ce qui est développé.'
	},
	'approach-neighbour-systems': {
		programmer:
			'Je code avec soin en m’appuyant sur les interfaces documentées des systèmes avec lesquels mon code communique.',
		engineer:
			'Je cherche à savoir comment les systèmes avec lesquels mon code communique se comportent en pratique, et je conçois en fonction de ce que je découvre.',
		notApplicableWhen: 'Votre code ne communique avec aucun autre système.'
	},
	'conditions-ready-when': {
		programmer:
			'Je considère une fonctionnalité comme prête quand elle remplit ses critères d’acceptation et que ses tests passent.',
		engineer:
			'Je considère une fonctionnalité comme prête quand elle a été essayée dans des conditions proches de l’usage réel.',
		notApplicableWhen:
			'Vous ne développez pas de fonctionnalités, par exemple si vous faites uniquement de la maintenance ou de l’exploitation.'
	}
};
