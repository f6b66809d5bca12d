/*
 * floor: the one-thread floor that `make bench` holds partnermap's exact
 * measure against. A plain C program: it reads a study (entities and the
 * ties named in interviews; enough for bench/gen.py's single-wave studies),
 * and computes betweenness and harmonic closeness together, one
 * breadth-first search per source (Brandes), on one thread, over a compact
 * adjacency array. It prints a checksum so that the work cannot be left
 * out. Not part of partnermap.
 *
 * Usage: floor STUDY.json
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct id {
	const char *id;
	long index;
};

static int cmp_id(const void *a, const void *b)
{
	return strcmp(((const struct id *)a)->id, ((const struct id *)b)->id);
}

static long find(const struct id *ids, int n, const char *id)
{
	struct id key = {id, 0};
	const struct id *found = bsearch(&key, ids, (size_t)n, sizeof(*ids), cmp_id);
	return found ? found->index : -1;
}

static int cmp_pair(const void *a, const void *b)
{
	const long *x = a, *y = b;
	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return (x[1] > y[1]) - (x[1] < y[1]);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: floor STUDY.json\n");
		return 2;
	}
	FILE *f = fopen(argv[1], "rb");
	if (!f) {
		perror(argv[1]);
		return 3;
	}
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *text = malloc((size_t)len + 1);
	if (fread(text, 1, (size_t)len, f) != (size_t)len)
		return 3;
	text[len] = 0;
	fclose(f);
	cJSON *doc = cJSON_Parse(text);
	free(text);
	cJSON *ents = cJSON_GetObjectItem(doc, "entities");
	int n = cJSON_GetArraySize(ents);
	struct id *ids = malloc(sizeof(*ids) * (size_t)n);
	int i = 0;
	cJSON *e;
	cJSON_ArrayForEach(e, ents)
	{
		ids[i].id = cJSON_GetObjectItem(e, "id")->valuestring;
		ids[i].index = i;
		i++;
	}
	qsort(ids, (size_t)n, sizeof(*ids), cmp_id);
	long cap = 1024, m = 0, *pairs = malloc(sizeof(long) * 2 * (size_t)cap);
	cJSON *iv;
	cJSON_ArrayForEach(iv, cJSON_GetObjectItem(doc, "interviews"))
	{
		long a = find(ids, n, cJSON_GetObjectItem(iv, "respondent")->valuestring);
		cJSON *t;
		cJSON_ArrayForEach(t, cJSON_GetObjectItem(iv, "ties"))
		{
			long b = find(ids, n, cJSON_GetObjectItem(t, "with")->valuestring);
			if (a < 0 || b < 0 || a == b)
				continue;
			if (m == cap)
				pairs = realloc(pairs, sizeof(long) * 2 * (size_t)(cap *= 2));
			pairs[2 * m] = a < b ? a : b;
			pairs[2 * m + 1] = a < b ? b : a;
			m++;
		}
	}
	qsort(pairs, (size_t)m, 2 * sizeof(long), cmp_pair);
	long k = 0;
	for (long j = 0; j < m; j++)
		if (!k || pairs[2 * j] != pairs[2 * k - 2] || pairs[2 * j + 1] != pairs[2 * k - 1]) {
			pairs[2 * k] = pairs[2 * j];
			pairs[2 * k + 1] = pairs[2 * j + 1];
			k++;
		}
	m = k;
	int *start = calloc((size_t)n + 1, sizeof(int)), *adj = malloc(sizeof(int) * 2 * (size_t)m);
	int *fill = calloc((size_t)n + 1, sizeof(int));
	for (long j = 0; j < 2 * m; j++)
		start[pairs[j] + 1]++;
	for (int v = 0; v < n; v++)
		start[v + 1] += start[v];
	for (long j = 0; j < m; j++) {
		long a = pairs[2 * j], b = pairs[2 * j + 1];
		adj[start[a] + fill[a]++] = (int)b;
		adj[start[b] + fill[b]++] = (int)a;
	}

	/* One breadth-first search per source: distances, path counts and
	 * 1/d; then the dependencies in reverse order of distance. */
	int *dist = malloc(sizeof(int) * (size_t)n), *order = malloc(sizeof(int) * (size_t)n);
	double *sigma = malloc(sizeof(double) * (size_t)n), *delta = calloc((size_t)n, sizeof(double));
	double *btw = calloc((size_t)n, sizeof(double)), *clo = calloc((size_t)n, sizeof(double));
	for (int v = 0; v < n; v++)
		dist[v] = -1;
	for (int s = 0; s < n; s++) {
		int head = 0, tail = 1;
		dist[s] = 0;
		sigma[s] = 1;
		order[0] = s;
		while (head < tail) {
			int v = order[head++];
			for (int j = start[v]; j < start[v + 1]; j++) {
				int w = adj[j];
				if (dist[w] < 0) {
					dist[w] = dist[v] + 1;
					sigma[w] = 0;
					order[tail++] = w;
					clo[s] += 1.0 / dist[w];
				}
				if (dist[w] == dist[v] + 1)
					sigma[w] += sigma[v];
			}
		}
		for (int x = tail - 1; x >= 0; x--) {
			int w = order[x];
			for (int j = start[w]; j < start[w + 1]; j++) {
				int v = adj[j];
				if (dist[v] == dist[w] - 1)
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
			}
			if (w != s)
				btw[w] += delta[w];
		}
		for (int x = 0; x < tail; x++) {
			dist[order[x]] = -1;
			delta[order[x]] = 0;
		}
	}
	double sum = 0;
	for (int v = 0; v < n; v++)
		sum += btw[v] / 2 + clo[v] / (n - 1);
	printf("%d entities, %ld ties, checksum %.6f\n", n, m, sum);
	cJSON_Delete(doc);
	free(ids);
	free(pairs);
	free(start);
	free(adj);
	free(fill);
	free(dist);
	free(order);
	free(sigma);
	free(delta);
	free(btw);
	free(clo);
	return 0;
}
