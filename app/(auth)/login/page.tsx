// PLACEHOLDER from the infra branch (proves start/e2e); the real sign-in page (lead) replaces it.
export default function LoginPage() {
  return (
    <main>
      <h1>决算通 登录</h1>
      <form>
        <label>
          用户名 <input name="username" autoComplete="username" />
        </label>
        <label>
          密码 <input name="password" type="password" autoComplete="current-password" />
        </label>
        <button type="submit">登录</button>
      </form>
    </main>
  );
}
