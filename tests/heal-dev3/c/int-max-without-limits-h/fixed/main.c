#include <limits.h>
#include <stdio.h>

#define NODES 5

static const int graph[NODES][NODES] = {
    {0, 4, 1, 0, 0},
    {4, 0, 2, 5, 0},
    {1, 2, 0, 8, 0},
    {0, 5, 8, 0, 3},
    {0, 0, 0, 3, 0},
};

static int closest_unvisited(const int *dist, const int *done)
{
    int best = -1;
    for (int i = 0; i < NODES; i++)
        if (!done[i] && (best < 0 || dist[i] < dist[best]))
            best = i;
    return best;
}

static void shortest_paths(int src, int *dist)
{
    int done[NODES] = {0};
    for (int i = 0; i < NODES; i++)
        dist[i] = INT_MAX;
    dist[src] = 0;
    for (int n = 0; n < NODES; n++) {
        int u = closest_unvisited(dist, done);
        done[u] = 1;
        for (int v = 0; v < NODES; v++)
            if (graph[u][v] && dist[u] != INT_MAX && dist[u] + graph[u][v] < dist[v])
                dist[v] = dist[u] + graph[u][v];
    }
}

int main(void)
{
    int dist[NODES];
    shortest_paths(0, dist);
    for (int i = 0; i < NODES; i++)
        printf("0 -> %d: %d\n", i, dist[i]);
    return dist[4] == 11 ? 0 : 1;
}
