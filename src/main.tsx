// Placeholder entry; replaced by the wizard app.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Net3 Customer Portal</h1>);
