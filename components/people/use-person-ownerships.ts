"use client";
import { useQuery } from "@tanstack/react-query";
import { personTeamsQuery, userOwnershipsQuery } from "@/lib/queries/people";

export const useUserOwnerships = (userId: string) => useQuery(userOwnershipsQuery(userId));

export const usePersonTeams = (userId: string) => useQuery(personTeamsQuery(userId));
