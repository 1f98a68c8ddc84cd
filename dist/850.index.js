"use strict";
exports.id = 850;
exports.ids = [850];
exports.modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createOctokit = createOctokit;
exports.issueCommentsApi = issueCommentsApi;
// IssueCommentsApi over the GitHub REST API. The API root comes from GITHUB_API_URL
// (GitHub Enterprise Server, or a test's loopback stand-in), never a hard-coded host.
const github_1 = __webpack_require__(93228);
function createOctokit(token, apiUrl) {
    return (0, github_1.getOctokit)(token, { baseUrl: apiUrl.replace(/\/+$/, '') });
}
function issueCommentsApi(octokit, target) {
    const where = { owner: target.owner, repo: target.repo, issue_number: target.number };
    return {
        async *list() {
            const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
                ...where,
                per_page: 100,
            });
            for await (const page of pages) {
                for (const comment of page.data)
                    yield { id: comment.id, body: comment.body };
            }
        },
        async create(body) {
            const { data } = await octokit.rest.issues.createComment({ ...where, body });
            return { id: data.id, body: data.body };
        },
        async update(id, body) {
            const { data } = await octokit.rest.issues.updateComment({
                owner: target.owner,
                repo: target.repo,
                comment_id: id,
                body,
            });
            return { id: data.id, body: data.body };
        },
    };
}


/***/ })

};
;