import common from '../locales/de/common.json';
import auth from '../locales/de/auth.json';
import agenda from '../locales/de/agenda.json';
import organisation from '../locales/de/organisation.json';
import register from '../locales/de/register.json';
import errors from '../locales/de/errors.json';
import devIdp from '../locales/de/devIdp.json';
import bottleneck from '../locales/de/bottleneck.json';
import action from '../locales/de/action.json';
import assignment from '../locales/de/assignment.json';
import comment from '../locales/de/comment.json';
import translation from '../locales/de/translation.json';
import home from '../locales/de/home.json';
import history from '../locales/de/history.json';
import forms from '../locales/de/forms.json';
import notification from '../locales/de/notification.json';
import about from '../locales/de/about.json';
import exchange from '../locales/de/exchange.json';
import report from '../locales/de/report.json';
import search from '../locales/de/search.json';
import dashboard from '../locales/de/dashboard.json';
import attachment from '../locales/de/attachment.json';
import borderEffects from '../locales/de/borderEffects.json';

/** Every namespace in German. */
export default { common, auth, agenda, organisation, register, errors, devIdp, bottleneck, action, assignment, comment, translation, home, history, forms, notification, about, exchange, report, search, dashboard, attachment, borderEffects };
