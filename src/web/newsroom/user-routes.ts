import type { Context } from 'hono';
import type { AccountService } from '../../accounts/account-service.ts';
import { roles, type Role } from '../../accounts/roles.ts';
import { isDepescheError } from '../../errors.ts';
import type { AuthPageContext } from './auth-options.ts';
import type { NewsroomEnv } from './newsroom-env.ts';
import { route, type NewsroomRoute } from './newsroom-routes.ts';
import { readForm } from './read-form.ts';
import { usersPage, type UsersPageData } from './pages/users-page.ts';

type Ctx = Context<NewsroomEnv>;

const notices: Record<string, string> = {
  angelegt: 'Der Benutzer wurde angelegt und kann sich jetzt anmelden.',
  rolle: 'Die Rolle wurde geändert; sie gilt ab der nächsten Seite des Benutzers.',
  gesperrt: 'Der Zugang ist gesperrt; alle Sitzungen des Benutzers sind beendet.',
  freigegeben: 'Der Zugang ist wieder freigegeben.',
};

/** User management, for admins only. */
export function userRoutes(deps: { accounts: AccountService; assets: AuthPageContext; timeZone: string }): NewsroomRoute[] {
  const render = async (c: Ctx, extra: Partial<UsersPageData> = {}, status = 200, notice?: string) =>
    c.html(
      String(
        usersPage(
          { title: 'Benutzer', user: c.get('user')!, csrfToken: c.get('csrfToken'), assets: deps.assets, notice },
          {
            users: await deps.accounts.listUsers(),
            timeZone: deps.timeZone,
            draft: { email: '', name: '', role: 'autor' },
            problem: null,
            ...extra,
          },
        ),
      ),
      status as 200,
    );

  const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
  const roleFrom = (value: string): Role => ((roles as readonly string[]).includes(value) ? (value as Role) : 'autor');

  /** Known problems become a message on the page; anything else is a real error. */
  const refuse = async (c: Ctx, error: unknown, extra: Partial<UsersPageData> = {}) => {
    if (!isDepescheError(error)) throw error;
    return render(c, { problem: { field: 'form', message: error.message }, ...extra }, error.status);
  };

  return [
    route('GET', '/redaktion/benutzer', 'admin', async (c) => {
      // Fixed notices only: a link must not be able to put words in the page.
      return render(c, {}, 200, notices[c.req.query('erledigt') ?? '']);
    }),

    route('POST', '/redaktion/benutzer', 'admin', async (c) => {
      const form = await readForm(c);
      const draft = { email: field(form, 'email').trim(), name: field(form, 'name').trim(), role: roleFrom(field(form, 'role')) };
      try {
        await deps.accounts.createUser({ ...draft, password: field(form, 'password') });
      } catch (error) {
        if (!isDepescheError(error)) throw error;
        const at = /Passwort/.test(error.message) ? 'password' : /E-Mail/.test(error.message) ? 'email' : 'form';
        return render(c, { draft, problem: { field: at, message: error.message } }, error.status);
      }
      return c.redirect('/redaktion/benutzer?erledigt=angelegt', 303);
    }),

    route('POST', '/redaktion/benutzer/rolle', 'admin', async (c) => {
      const form = await readForm(c);
      const email = field(form, 'email');
      const role = field(form, 'role');
      try {
        await deps.accounts.setRole(email, role as Role);
      } catch (error) {
        return refuse(c, error);
      }
      return c.redirect('/redaktion/benutzer?erledigt=rolle', 303);
    }),

    route('POST', '/redaktion/benutzer/zugang', 'admin', async (c) => {
      const form = await readForm(c);
      const email = field(form, 'email');
      const disabled = field(form, 'disabled') === '1';
      try {
        await deps.accounts.setDisabled(email, disabled);
      } catch (error) {
        return refuse(c, error);
      }
      return c.redirect(`/redaktion/benutzer?erledigt=${disabled ? 'gesperrt' : 'freigegeben'}`, 303);
    }),
  ];
}
