import common from '../locales/en/common.json';
import auth from '../locales/en/auth.json';
import agenda from '../locales/en/agenda.json';
import organisation from '../locales/en/organisation.json';
import register from '../locales/en/register.json';
import errors from '../locales/en/errors.json';
import devIdp from '../locales/en/devIdp.json';
import bottleneck from '../locales/en/bottleneck.json';
import action from '../locales/en/action.json';
import assignment from '../locales/en/assignment.json';
import comment from '../locales/en/comment.json';
import translation from '../locales/en/translation.json';
import home from '../locales/en/home.json';
import history from '../locales/en/history.json';
import forms from '../locales/en/forms.json';
import notification from '../locales/en/notification.json';
import about from '../locales/en/about.json';
import exchange from '../locales/en/exchange.json';
import report from '../locales/en/report.json';
import search from '../locales/en/search.json';
import dashboard from '../locales/en/dashboard.json';
import attachment from '../locales/en/attachment.json';
import borderEffects from '../locales/en/borderEffects.json';

/** Every namespace in English. */
export default { common, auth, agenda, organisation, register, errors, devIdp, bottleneck, action, assignment, comment, translation, home, history, forms, notification, about, exchange, report, search, dashboard, attachment, borderEffects };
