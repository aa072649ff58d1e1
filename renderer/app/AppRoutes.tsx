// The screens and their addresses.
import { Route, Routes } from 'react-router';
import { Shell } from './Shell';
import { CaseListPage } from '../features/cases/CaseListPage';
import { CaseFormPage } from '../features/cases/CaseFormPage';
import { CasePage } from '../features/cases/CasePage';
import { SearchPage } from '../features/search/SearchPage';
import { CompliancePage } from '../features/compliance/CompliancePage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<CaseListPage />} />
        <Route path="cases/new" element={<CaseFormPage />} />
        <Route path="cases/:caseId/edit" element={<CaseFormPage />} />
        <Route path="cases/:caseId/*" element={<CasePage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="compliance" element={<CompliancePage />} />
      </Route>
    </Routes>
  );
}
