# saudinewsnet_part021_0698 (annotator38)
@P1
GPE | جازان | p1_jazan

@P2
ORG | مستكشف جازان | p2_team
LOC | وادي لجب | p2_lajab1
GPE | الريث | p2_rayth
REL | LOCATED_IN | p2_lajab1 | p2_rayth
GPE | جيزان | p2_jizan
GPE | جازان | p2_jazan1
GPE | جازان | p2_jazan2
PER | علي بن داود حدادي | p2_haddadi
REL | ROLE | p2_haddadi | p2_team
LOC | وادي الموهد | p2_mawhad
LOC | العين الحارة | p2_hotspring
LOC | جبال الحشر | p2_hashar
LOC | جبل طلان | p2_talan
LOC | جبال سلا | p2_sala
LOC | العبادل | p2_abadil
LOC | وادي دفا | p2_dafa
LOC | الربوعه | p2_rabua
LOC | وادي أفقه | p2_afqah
LOC | جبال القهر | p2_qahar
LOC | الجبل الأسود | p2_black
LOC | وادي لجب | p2_lajab2
LOC | الفطيحة | p2_futayha
LOC | جبل الصهاليل | p2_sahalil
LOC | جبال منجد | p2_munjid
LOC | وادي رزان | p2_razan
LOC | غابات الخشل | p2_khashal
LOC | الدحن | p2_dahn
LOC | الصيابة | p2_sayaba
