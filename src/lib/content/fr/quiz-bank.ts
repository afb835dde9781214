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
	notApplicable: 'Ne me concerne pas'
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

export const reasons: QuizText['reasons'] = {
	'scope-one-area-in-depth':
		'L’article note que, dans les grandes équipes, les programmeurs se spécialisent souvent sur certaines tâches, et connaître une partie à fond, c’est cette spécialisation bien menée.',
	'starting-write-down-problem':
		'L’article décrit les principes de l’ingénierie comme une façon précise d’examiner un problème, et mettre par écrit le problème et son critère de réussite avant de développer rend cette démarche visible.',
	'method-refine-own-code':
		'L’article place l’écriture du code au cœur du travail du programmeur, et retravailler ce code jusqu’à ce qu’il se lise bien relève du savoir-faire de ce métier.',
	'environment-where-it-runs':
		'C’est l’exemple du pont de l’article, transposé au logiciel : comme l’ingénieur civil étudie le lit de la rivière avant les fondations, l’ingénieur logiciel étudie le matériel et les logiciels du programme avant de le concevoir.',
	'people-requirements-gathered':
		'Dans l’article, les programmeurs développent en général à partir d’instructions transmises par d’autres membres de l’équipe, si bien que des besoins qui vous arrivent déjà recueillis penchent côté programmeur.',
	'quality-realistic-testing':
		'L’article demande des programmes fiables dans les conditions qu’ils rencontreront, et des données réalistes, en volume réaliste, font entrer ces conditions dans les tests.',
	'scope-sketch-connections':
		'L’article fait de l’ingénierie logicielle une démarche de conception complète plutôt qu’un programme construit morceau par morceau, et poser l’articulation des parties est le point de départ de cette démarche.',
	'starting-given-design':
		'L’article cite les designers parmi ceux dont les programmeurs transforment les instructions en programme, et développer fidèlement à partir d’une conception donnée, c’est exactement cela.',
	'method-weigh-options':
		'Comparer par écrit des options et leurs coûts avant de s’engager est un cas d’école de la démarche réfléchie que l’article appelle principes de l’ingénierie.',
	'environment-work-with-specialist':
		'Selon l’article, les programmeurs des grandes équipes se spécialisent, ce qui fonctionne quand chaque type de tâche revient à ceux qui le connaissent le mieux.',
	'people-ask-users':
		'L’article dit que les ingénieurs logiciels échangent avec les clients pour que ce qu’ils conçoivent leur convienne, et demander aux utilisateurs ce dont ils ont besoin, c’est précisément cet échange.',
	'quality-check-against-brief':
		'Dans l’article, le programmeur transforme des instructions en programme complet, et vérifier son travail par rapport à ces instructions est la façon de savoir qu’il est complet.',
	'scope-settled-coding-tasks':
		'L’article mentionne des entreprises qui recrutent des programmeurs uniquement pour coder, et prendre des tâches de code dont la conception est arrêtée relève de ce travail-là.',
	'starting-propose-approach':
		'Dans l’article, les ingénieurs participent à la conception de ce qui sera construit au lieu de seulement exécuter une demande, et proposer une meilleure approche, c’est y participer.',
	'method-read-code-closely':
		'Dans l’article, le code est la matière du programmeur, et le lire de près, ligne par ligne, fait partie de sa maîtrise.',
	'environment-find-limits-first':
		'Le bâtisseur de pont de l’article étudie le terrain d’abord pour en connaître les limites, et la mémoire, la bande passante, la charge et le coût sont le terrain sur lequel repose un programme.',
	'people-focus-on-building':
		'Les programmeurs de l’article apprennent par d’autres ce qu’il faut construire pendant qu’ils se concentrent sur la construction, si bien que garder votre attention sur le développement penche côté programmeur.',
	'quality-watch-in-use':
		'L’article veut un logiciel efficace et fiable pour ses vrais utilisateurs, ce qui ne se voit qu’une fois en service, si bien que le surveiller en usage fait partie du travail de l’ingénieur.',
	'scope-neighbouring-systems':
		'Les ingénieurs de l’article examinent les systèmes logiciels autour d’un programme avant de le concevoir, et les systèmes auxquels une partie est reliée forment son environnement immédiat.',
	'starting-idea-to-program':
		'L’article dit que la programmation couvre tout le projet et peut consister à faire d’un concept tout entier un programme complet : ici les deux rôles se recoupent, et l’article range cela du côté du programmeur.',
	'method-measure-against-target':
		'L’efficacité et la fiabilité sont, pour l’article, les critères d’un logiciel conçu en ingénieur, et un objectif fixé à l’avance permet de savoir si un programme les remplit.',
	'environment-rely-on-platform':
		'Un programmeur peut se concentrer sur le code parce que les couches du dessous sont la spécialité de quelqu’un d’autre, et s’appuyer sur une plateforme, c’est cette répartition du travail.',
	'people-show-work-in-progress':
		'Concevoir un logiciel qui convienne à ses clients, au sens de l’article, suppose de vérifier avec eux en cours de route, et pas seulement au début.',
	'quality-ship-early':
		'Le programmeur de l’article écrit du code pour obtenir un programme qui fonctionne, et mettre tôt une version qui marche entre les mains des gens fait passer ce but en premier.'
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
