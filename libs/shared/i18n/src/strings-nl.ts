import common from '../locales/nl/common.json';
import auth from '../locales/nl/auth.json';
import agenda from '../locales/nl/agenda.json';
import organisation from '../locales/nl/organisation.json';
import register from '../locales/nl/register.json';
import errors from '../locales/nl/errors.json';
import devIdp from '../locales/nl/devIdp.json';
import bottleneck from '../locales/nl/bottleneck.json';
import action from '../locales/nl/action.json';
import assignment from '../locales/nl/assignment.json';
import comment from '../locales/nl/comment.json';
import translation from '../locales/nl/translation.json';
import home from '../locales/nl/home.json';
import history from '../locales/nl/history.json';
import forms from '../locales/nl/forms.json';
import notification from '../locales/nl/notification.json';
import about from '../locales/nl/about.json';
import exchange from '../locales/nl/exchange.json';
import report from '../locales/nl/report.json';
import search from '../locales/nl/search.json';
import dashboard from '../locales/nl/dashboard.json';
import attachment from '../locales/nl/attachment.json';
import borderEffects from '../locales/nl/borderEffects.json';

/** Every namespace in Dutch. */
export default { common, auth, agenda, organisation, register, errors, devIdp, bottleneck, action, assignment, comment, translation, home, history, forms, notification, about, exchange, report, search, dashboard, attachment, borderEffects };
