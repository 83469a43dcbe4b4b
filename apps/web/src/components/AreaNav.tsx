import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';

/** The second row of navigation inside an area (coordinator workbench, enterprise, expert). */
export function AreaNav({ label, items }: { label: string; items: { path: string; title: string }[] }) {
  const { pathname } = useLocation();
  const selected = items
    .filter((i) => pathname === i.path || pathname.startsWith(`${i.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <nav aria-label={label} style={{ marginBottom: 16 }}>
      <Menu
        mode="horizontal"
        selectedKeys={selected ? [selected.path] : []}
        items={items.map((i) => ({ key: i.path, label: <Link to={i.path}>{i.title}</Link> }))}
        style={{ background: 'transparent' }}
      />
    </nav>
  );
}
