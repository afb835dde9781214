import type { SiteText } from '../site-types';

const name = '¿Programador o ingeniero de software?';
const answersKept = 'Las respuestas que ya hayas dado se guardan en tu navegador.';
const linkHelp =
	'Si era tu propio resultado, lo sigues teniendo en la página de inicio, en «Ver tu último resultado». Si no, pide a quien lo compartió que te vuelva a enviar el enlace completo, o haz el test por tu cuenta.';

export const site: SiteText = {
	name,
	pageTitle: (title) => `${title} · ${name}`,
	description:
		'Un test breve y privado sobre tu forma de trabajar: descubre dónde te sitúan tus hábitos entre programador e ingeniero de software, y por qué. No se guarda nada en el servidor.',
	languageName: 'Español',
	languageSwitcher: 'Idioma',
	languageCookie: (cookie, days) =>
		`Una tercera cookie, ${cookie}, solo se guarda cuando eliges un idioma con el selector de idioma. Contiene el código de ese idioma y nada más, para que las direcciones sin idioma, como la página de inicio o el enlace de un resultado compartido, se abran en él en tus próximas visitas. Dura ${days} días.`,
	skipLink: 'Saltar al contenido',
	nav: {
		label: 'Navegación principal',
		quiz: 'El test',
		methodology: 'Cómo se calcula la puntuación'
	},
	footer: {
		source:
			'Basado en el artículo «{title}» (en español, «¿En qué se diferencian un ingeniero de software y un programador?») del blog {blog}, explicado con nuestras propias palabras.',
		privacy:
			'Privacidad desde el diseño: tus respuestas solo se guardan en tu navegador y en los enlaces que decidas compartir. Nuestro servidor lee cada una solo para mostrar el paso siguiente y no guarda nada, y nada se envía a ningún otro sitio.'
	},
	error: {
		status: (status) => `Error ${status}`,
		toQuiz: 'Ir al test',
		home: 'Página de inicio',
		kinds: {
			'not-found': {
				title: 'Página no encontrada',
				message: 'No hay ninguna página en esta dirección.',
				help: `Revisa la dirección o vuelve al test. ${answersKept}`
			},
			'damaged-link': {
				title: 'Este enlace de resultado está dañado',
				message:
					'El enlace está dañado o incompleto, así que no puede mostrar ningún resultado. Puede que se cortara al copiarlo.',
				help: linkHelp
			},
			'retired-link': {
				title: 'Este enlace es de una versión anterior del test',
				message:
					'El enlace pertenece a una versión anterior del test cuyas preguntas han cambiado desde entonces, así que ya no se puede puntuar de forma justa.',
				help: linkHelp
			},
			'bad-request': {
				title: 'No se ha podido completar la solicitud',
				message:
					'La solicitud ha llegado en un formato que este sitio no entiende, así que no se ha cambiado nada.',
				help: `${answersKept} Puedes seguir donde lo dejaste.`
			},
			forbidden: {
				title: 'Solicitud rechazada',
				message:
					'La solicitud no venía de una página de este sitio, así que se ha rechazado y no se ha cambiado nada.',
				help: `${answersKept} Puedes seguir donde lo dejaste.`
			},
			'server-error': {
				title: 'Algo ha fallado',
				message: 'Algo ha fallado por nuestra parte.',
				help: `${answersKept} Vuelve a intentarlo dentro de un momento.`
			}
		}
	}
};
